package com.example.heroes.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.support.AsyncHandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReturnValueHandlerChoicesTest {

	final List<String> calls = new ArrayList<>();

	final Handler streams = new Handler("streams", Void.class);

	final Handler entities = new Handler("entities", ResponseEntity.class);

	final AsyncHandler futures = new AsyncHandler("futures");

	final ReturnValueHandlerChoices choices = new ReturnValueHandlerChoices(
			List.of(this.streams, this.futures, this.entities));

	@Test
	void theHandlerForAMethodsReturnTypeIsChosenOnceAsSpringWouldChooseIt() throws Exception {
		MethodParameter returnType = returnType("entity");
		for (int i = 0; i < 3; i++) {
			this.choices.handleReturnValue(ResponseEntity.ok("x"), returnType, new ModelAndViewContainer(), null);
		}
		assertThat(this.calls).containsExactly("streams supports?", "futures supports?", "entities supports?",
				"entities handles", "entities handles", "entities handles");
	}

	@Test
	void springAskingWhetherTheTypeIsSupportedOnEveryRequestAsksTheHandlersOnce() throws Exception {
		HandlerMethodReturnValueHandlerComposite spring = new HandlerMethodReturnValueHandlerComposite()
			.addHandler(this.choices);
		MethodParameter returnType = returnType("entity");
		for (int i = 0; i < 3; i++) {
			spring.handleReturnValue(ResponseEntity.ok("x"), returnType, new ModelAndViewContainer(), null);
		}
		assertThat(this.calls).containsExactly("streams supports?", "futures supports?", "entities supports?",
				"entities handles", "entities handles", "entities handles");
	}

	@Test
	void aMethodThatReturnsValuesOfDifferentClassesGetsTheHandlerOfEach() throws Exception {
		Method method = Controller.class.getDeclaredMethod("anything");
		this.choices.handleReturnValue(ResponseEntity.ok("x"), returned(method, ResponseEntity.class),
				new ModelAndViewContainer(), null);
		this.choices.handleReturnValue(new CompletableFuture<>(), returned(method, CompletableFuture.class),
				new ModelAndViewContainer(), null);
		this.choices.handleReturnValue(ResponseEntity.ok("y"), returned(method, ResponseEntity.class),
				new ModelAndViewContainer(), null);
		assertThat(this.calls).filteredOn((call) -> call.endsWith("handles"))
			.containsExactly("entities handles", "futures handles", "entities handles");
	}

	@Test
	void theSameMethodSeenWithAnotherGenericTypeGetsTheHandlerOfThatType() throws Exception {
		Method method = Controller.class.getDeclaredMethod("entity");
		Handler texts = new Handler("texts", ResponseEntity.class) {

			@Override
			public boolean supportsReturnType(MethodParameter returnType) {
				ReturnValueHandlerChoicesTest.this.calls.add(this.name + " supports?");
				return returnType.getGenericParameterType().getTypeName().contains("String");
			}

		};
		ReturnValueHandlerChoices choices = new ReturnValueHandlerChoices(List.of(texts, this.entities));
		choices.handleReturnValue(ResponseEntity.ok("x"),
				returned(method, ResponseEntity.class, method.getGenericReturnType()), new ModelAndViewContainer(),
				null);
		choices.handleReturnValue(ResponseEntity.ok(1), returned(method, ResponseEntity.class, ResponseEntity.class),
				new ModelAndViewContainer(), null);
		assertThat(this.calls).filteredOn((call) -> call.endsWith("handles"))
			.containsExactly("texts handles", "entities handles");
	}

	@Test
	void anAsynchronousValueIsHandledAsSpringWouldEveryTime() throws Exception {
		Handler plain = new Handler("plain", CompletableFuture.class);
		AsyncHandler pending = new AsyncHandler("pending");
		ReturnValueHandlerChoices choices = new ReturnValueHandlerChoices(List.of(plain, pending));
		MethodParameter returnType = returnType("future");
		choices.handleReturnValue(CompletableFuture.completedFuture("done"), returnType, new ModelAndViewContainer(),
				null);
		choices.handleReturnValue(new CompletableFuture<>(), returnType, new ModelAndViewContainer(), null);
		choices.handleReturnValue(CompletableFuture.completedFuture("done"), returnType, new ModelAndViewContainer(),
				null);
		assertThat(this.calls).filteredOn((call) -> call.endsWith("handles"))
			.containsExactly("plain handles", "pending handles", "plain handles");
	}

	@Test
	void aTypeNoHandlerSupportsIsStillRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.choices.handleReturnValue("text", returnType("text"), new ModelAndViewContainer(), null));
	}

	/** As Spring describes a return value: by the class of the value returned. */
	private static MethodParameter returned(Method method, Class<?> valueType) {
		return returned(method, valueType, method.getGenericReturnType());
	}

	/**
	 * As Spring describes the result of an asynchronous method: with the generic type of
	 * what it produced.
	 */
	private static MethodParameter returned(Method method, Class<?> valueType, java.lang.reflect.Type genericType) {
		return new MethodParameter(method, -1) {

			@Override
			public Class<?> getParameterType() {
				return valueType;
			}

			@Override
			public java.lang.reflect.Type getGenericParameterType() {
				return genericType;
			}

		};
	}

	private static MethodParameter returnType(String method) throws NoSuchMethodException {
		Method declared = Controller.class.getDeclaredMethod(method);
		return new MethodParameter(declared, -1);
	}

	static class Controller {

		ResponseEntity<String> entity() {
			return null;
		}

		CompletableFuture<String> future() {
			return null;
		}

		String text() {
			return null;
		}

		Object anything() {
			return null;
		}

	}

	class Handler implements HandlerMethodReturnValueHandler {

		final String name;

		final Class<?> type;

		Handler(String name, Class<?> type) {
			this.name = name;
			this.type = type;
		}

		@Override
		public boolean supportsReturnType(MethodParameter returnType) {
			ReturnValueHandlerChoicesTest.this.calls.add(this.name + " supports?");
			return this.type.isAssignableFrom(returnType.getParameterType());
		}

		@Override
		public void handleReturnValue(Object returnValue, MethodParameter returnType,
				ModelAndViewContainer mavContainer,
				org.springframework.web.context.request.NativeWebRequest webRequest) {
			ReturnValueHandlerChoicesTest.this.calls.add(this.name + " handles");
		}

	}

	class AsyncHandler extends Handler implements AsyncHandlerMethodReturnValueHandler {

		AsyncHandler(String name) {
			super(name, CompletableFuture.class);
		}

		/** Only a value not yet done, as handlers that tell by the value do. */
		@Override
		public boolean isAsyncReturnValue(Object returnValue, MethodParameter returnType) {
			return returnValue instanceof CompletableFuture<?> future && !future.isDone();
		}

	}

}
