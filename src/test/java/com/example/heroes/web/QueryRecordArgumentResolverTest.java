package com.example.heroes.web;

import java.lang.reflect.Method;
import java.util.List;

import com.example.heroes.hero.HeroFilter;
import com.example.heroes.paging.PageParams;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QueryRecordArgumentResolverTest {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private final Validator validator = factory.getValidator();

	private final QueryRecordArgumentResolver resolver = new QueryRecordArgumentResolver(this.validator);

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void componentsAreReadFromTheParametersTheirBindParamNames() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("name_contains", "man");
		request.addParameter("age_gte", "18");
		request.addParameter("team_id", "1", "51");
		request.addParameter("has_team", "true");
		request.addParameter("name", "");
		HeroFilter filter = (HeroFilter) resolve("list", 0, request);
		assertThat(filter).isEqualTo(new HeroFilter(null, "man", null, 18, null, List.of(1L, 51L), true, null));
	}

	@Test
	void absentParametersAreNull() throws Exception {
		PageParams page = (PageParams) resolve("list", 1, new MockHttpServletRequest());
		assertThat(page).isEqualTo(new PageParams(null, null, null, null, null));
	}

	@Test
	void valuesThatCannotBeReadAndValuesThatBreakARuleAreAllNamed() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("limit", "0x10");
		request.addParameter("offset", "-1");
		assertThat(errors(1, request)).containsExactly("limit: has an invalid value", "offset: must be 0 or more");
	}

	@Test
	void aLimitOutOfRangeIsOneErrorWithTheContractsWords() {
		for (String limit : new String[] { "0", "101" }) {
			MockHttpServletRequest request = new MockHttpServletRequest();
			request.addParameter("limit", limit);
			assertThat(errors(1, request)).containsExactly("limit: must be between 1 and 100");
		}
	}

	@Test
	void anItemOfARepeatedParameterIsNamedByItsIndex() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("team_id", "7", "-3");
		assertThat(errors(0, request)).containsExactly("teamId[1]: must be a positive id");
		request = new MockHttpServletRequest();
		request.addParameter("team_id", "7", "x");
		assertThat(errors(0, request)).containsExactly("teamId: has an invalid value");
	}

	@Test
	void aBooleanIsTrueOrFalse() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("has_team", "yes");
		assertThat(errors(0, request)).containsExactly("hasTeam: has an invalid value");
	}

	private List<String> errors(int index, MockHttpServletRequest request) {
		MethodArgumentNotValidException ex = catchThrowableOfType(MethodArgumentNotValidException.class,
				() -> resolve("list", index, request));
		return ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((FieldError error) -> error.getField() + ": " + error.getDefaultMessage())
			.toList();
	}

	private Object resolve(String method, int index, MockHttpServletRequest request) throws Exception {
		Method handler = Handlers.class.getDeclaredMethod(method, HeroFilter.class, PageParams.class);
		MethodParameter parameter = new MethodParameter(handler, index);
		parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
		assertThat(this.resolver.supportsParameter(parameter)).isTrue();
		return this.resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
	}

	static class Handlers {

		void list(HeroFilter filter, PageParams page) {
		}

	}

}
