package com.example.heroes.idempotency;

import java.util.Collections;

import com.example.heroes.problem.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a create that carries more than one {@code Idempotency-Key} line (422 naming
 * the header). Spring hands a handler's {@code @RequestHeader String} the lines joined by
 * a comma, a key that neither line named; a comma within one key stays valid.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyConfig implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if ("POST".equals(request.getMethod())
						&& Collections.list(request.getHeaders(IdempotentCreates.HEADER)).size() > 1) {
					throw new InvalidRequestException(IdempotentCreates.HEADER, "must be given once");
				}
				return true;
			}

		});
	}

}
