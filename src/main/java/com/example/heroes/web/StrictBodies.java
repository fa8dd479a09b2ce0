package com.example.heroes.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.example.heroes.problem.MalformedBodyException;
import com.example.heroes.problem.ProblemException;
import com.example.heroes.problem.ProblemType;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks a request body before it is read as JSON: it must not be compressed or otherwise
 * encoded ({@code Content-Encoding} other than {@code identity} is a 415), and it must be
 * valid UTF-8 (a 400 otherwise), whatever {@code charset} its {@code Content-Type}
 * claims. Jackson would decode an overlong sequence such as {@code C0 AF} to "/" without
 * a word, and Latin-1 or UTF-16 text if the header said so. Bodies are at most
 * {@code heroes.max-request-body}, so reading one whole is cheap, and the copy can be
 * read again. A body that is the JSON {@code null} is refused (400) once read: an
 * endpoint whose body may be left out would take it for no body at all.
 */
@ControllerAdvice
class StrictBodies extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		HttpHeaders headers = message.getHeaders();
		String encoding = headers.getFirst(HttpHeaders.CONTENT_ENCODING);
		if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
			ProblemException problem = new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
					"The body must be sent without a Content-Encoding");
			problem.getHeaders().set(HttpHeaders.ACCEPT_ENCODING, "identity");
			throw problem;
		}
		byte[] body = message.getBody().readAllBytes();
		if (!isUtf8Json(body)) {
			throw new MalformedBodyException("The body is not valid UTF-8");
		}
		HttpHeaders read = withoutCharset(headers);
		// Each read starts afresh, so that a body Jackson refused can be read again to
		// tell a 400 from a 422 (JsonProblems.isWellFormed).
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return read;
			}

		};
	}

	/**
	 * Valid UTF-8 with no NUL byte: JSON text never holds one (a control character in a
	 * string is escaped), while UTF-16 and UTF-32 text, which Jackson would detect and
	 * decode, is full of them.
	 */
	private static boolean isUtf8Json(byte[] body) {
		for (byte b : body) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The body is read as UTF-8 whatever charset it claims, as RFC 8259 §11 says. */
	private static HttpHeaders withoutCharset(HttpHeaders headers) {
		MediaType type = headers.getContentType();
		if (type == null || type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset())) {
			return headers;
		}
		Map<String, String> parameters = new LinkedHashMap<>(type.getParameters());
		parameters.keySet().removeIf("charset"::equalsIgnoreCase);
		HttpHeaders read = new HttpHeaders();
		read.putAll(headers);
		read.setContentType(new MediaType(type.getType(), type.getSubtype(), parameters));
		return read;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		if (body == null) {
			throw new MalformedBodyException("The body is JSON null, which no endpoint takes");
		}
		return body;
	}

}
