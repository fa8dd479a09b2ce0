package com.example.heroes.replica;

import com.example.heroes.problem.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads the {@code Consistency-Token} a request sends back, so that its reads are served
 * by a replica that has replayed it or by the primary; a value that is not a token is a
 * 422 naming the header.
 */
class ConsistencyTokenInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String header = request.getHeader(ConsistencyTokens.HEADER);
		if (header != null && !header.isBlank()) {
			Lsn token = Lsn.parse(header);
			if (token == null) {
				throw new InvalidRequestException(ConsistencyTokens.HEADER,
						"is not a token this service issued; send back the Consistency-Token of a write");
			}
			ReadRouting.token(token);
		}
		return true;
	}

}
