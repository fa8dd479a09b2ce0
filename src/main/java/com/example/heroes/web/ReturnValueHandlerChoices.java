package com.example.heroes.web;

import java.lang.reflect.Executable;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.AsyncHandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Spring MVC's return value handlers, the one chosen for a handler method's return type
 * remembered. Spring asks each handler in turn on every request, once to know whether any
 * supports the type and once to handle the value; two of them resolve a
 * {@code ResponseEntity}'s generic type to say no, which cost a read by id about 7 % of
 * its CPU. The choice is Spring's own (the first handler that supports the type, unless
 * the value is asynchronous), made once per return type as Spring describes it
 * ({@link ReturnType}).
 */
final class ReturnValueHandlerChoices implements HandlerMethodReturnValueHandler {

	private final HandlerMethodReturnValueHandlerComposite handlers;

	private final List<AsyncHandlerMethodReturnValueHandler> asyncHandlers;

	private final Map<ReturnType, HandlerMethodReturnValueHandler> choices = new ConcurrentHashMap<>();

	ReturnValueHandlerChoices(List<HandlerMethodReturnValueHandler> handlers) {
		this.handlers = new HandlerMethodReturnValueHandlerComposite().addHandlers(handlers);
		this.asyncHandlers = handlers.stream()
			.filter(AsyncHandlerMethodReturnValueHandler.class::isInstance)
			.map(AsyncHandlerMethodReturnValueHandler.class::cast)
			.toList();
	}

	/** Asked by Spring before every {@link #handleReturnValue}: the choice answers it. */
	@Override
	public boolean supportsReturnType(MethodParameter returnType) {
		return choice(returnType) != null;
	}

	@Override
	public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest) throws Exception {
		HandlerMethodReturnValueHandler handler = isAsync(returnValue, returnType) ? null : choice(returnType);
		if (handler == null) {
			this.handlers.handleReturnValue(returnValue, returnType, mavContainer, webRequest);
		}
		else {
			handler.handleReturnValue(returnValue, returnType, mavContainer, webRequest);
		}
	}

	private HandlerMethodReturnValueHandler choice(MethodParameter returnType) {
		return this.choices.computeIfAbsent(ReturnType.of(returnType), (type) -> firstSupporting(returnType));
	}

	private boolean isAsync(Object returnValue, MethodParameter returnType) {
		for (AsyncHandlerMethodReturnValueHandler handler : this.asyncHandlers) {
			if (handler.isAsyncReturnValue(returnValue, returnType)) {
				return true;
			}
		}
		return false;
	}

	private HandlerMethodReturnValueHandler firstSupporting(MethodParameter returnType) {
		for (HandlerMethodReturnValueHandler handler : this.handlers.getHandlers()) {
			if (handler.supportsReturnType(returnType)) {
				return handler;
			}
		}
		// None: Spring's composite reports it.
		return null;
	}

	/**
	 * What a handler's support depends on: the method (its annotations), the controller
	 * it is called on, the kind of parameter Spring describes it with, the class of the
	 * value it returned, and the generic type its handlers resolve.
	 */
	private record ReturnType(Executable method, Class<?> controller, Class<?> kind, Class<?> valueType,
			Type genericType) {

		static ReturnType of(MethodParameter returnType) {
			return new ReturnType(returnType.getExecutable(), returnType.getContainingClass(), returnType.getClass(),
					returnType.getParameterType(), returnType.getGenericParameterType());
		}

	}

}
