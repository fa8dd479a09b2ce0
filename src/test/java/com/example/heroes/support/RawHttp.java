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
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write((requestLineAndHeaders + "Host: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
