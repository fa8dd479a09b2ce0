package com.example.heroes.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request exactly as written, for requests that HTTP client libraries refuse to
 * send (a URL with a malformed percent-escape, say).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** The whole response, status line, headers and body, as text. */
	public static String exchange(int port, String requestLineAndHeaders) throws IOException {
		return exchange(port, requestLineAndHeaders, "");
	}

	/**
	 * Sends the request line and headers byte for byte (ISO-8859-1), then the body in
	 * UTF-8, and returns the whole response as text.
	 */
	public static String exchange(int port, String requestLineAndHeaders, String body) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write((requestLineAndHeaders + "Host: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
