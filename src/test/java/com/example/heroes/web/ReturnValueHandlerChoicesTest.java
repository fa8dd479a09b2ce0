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
	void anAsynchronousValueIsHandledAsSpringWouldEveryTime() throws Exception {
		MethodParameter returnType = returnType("future");
		this.choices.handleReturnValue(new CompletableFuture<>(), returnType, new ModelAndViewContainer(), null);
		this.choices.handleReturnValue(new CompletableFuture<>(), returnType, new ModelAndViewContainer(), null);
		assertThat(this.calls).filteredOn((call) -> call.endsWith("handles"))
			.containsExactly("futures handles", "futures handles");
	}

	@Test
	void aTypeNoHandlerSupportsIsStillRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> this.choices.handleReturnValue("text", returnType("text"), new ModelAndViewContainer(), null));
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

		@Override
		public boolean isAsyncReturnValue(Object returnValue, MethodParameter returnType) {
			return returnValue instanceof CompletableFuture;
		}

	}

}
