package com.example.heroes.web;

import java.util.Comparator;
import java.util.List;

import com.example.heroes.config.HeroesProperties;
import jakarta.validation.Validator;
import org.apache.catalina.core.StandardHost;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The HTTP plumbing every endpoint shares: request ids, the body size limit, paths that
 * answer with and without a trailing slash, no dot segments in paths, problem details for
 * Tomcat's own errors, and the checks and strict parsing of query parameters.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestBodyProperties.class)
class WebConfig implements WebMvcConfigurer {

	/** Before the actuator's endpoints (-100). */
	static final int APPLICATION_MAPPINGS_ORDER = -200;

	private final Validator validator;

	private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

	WebConfig(@Lazy Validator validator, ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
		this.validator = validator;
		this.mappings = mappings;
	}

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Wherever it is in the chain, Spring MVC's flushes reach it. */
	@Bean
	FilterRegistrationBean<ContentLengthFilter> contentLengthFilter() {
		FilterRegistrationBean<ContentLengthFilter> registration = new FilterRegistrationBean<>(
				new ContentLengthFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AcceptHeaderFilter> acceptHeaderFilter() {
		FilterRegistrationBean<AcceptHeaderFilter> registration = new FilterRegistrationBean<>(
				new AcceptHeaderFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	/**
	 * Unless the service is told it runs behind a proxy it trusts
	 * ({@code server.forward-headers-strategy}), {@code X-Forwarded-*} and
	 * {@code Forwarded} headers are removed, so nothing builds a URL from them.
	 */
	@Bean
	@ConditionalOnProperty(name = "server.forward-headers-strategy", havingValue = "none", matchIfMissing = true)
	FilterRegistrationBean<ForwardedHeaderFilter> untrustedForwardedHeaders() {
		ForwardedHeaderFilter filter = new ForwardedHeaderFilter();
		filter.setRemoveOnly(true);
		FilterRegistrationBean<ForwardedHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** {@code /heroes/} is served as {@code /heroes}, without a redirect. */
	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
		UrlHandlerFilter filter = UrlHandlerFilter.trailingSlashHandler("/**").wrapRequest().build();
		FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * After the filters that only tidy the request (they run once, before it is read),
	 * and before those that must see its body or time its work: those run on the dispatch
	 * that follows the reading of the body.
	 */
	@Bean
	FilterRegistrationBean<BodyReadingFilter> bodyReadingFilter(HeroesProperties properties,
			RequestBodyProperties body) {
		BodyReadingFilter filter = new BodyReadingFilter(properties.maxRequestBody().toBytes(), body.timeout());
		FilterRegistrationBean<BodyReadingFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(HeroesProperties properties) {
		RequestBodyLimitFilter filter = new RequestBodyLimitFilter(properties.maxRequestBody().toBytes());
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	FilterRegistrationBean<DotSegmentFilter> dotSegmentFilter() {
		FilterRegistrationBean<DotSegmentFilter> registration = new FilterRegistrationBean<>(new DotSegmentFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	/**
	 * Spring MVC's own binding initializer (its conversion service and validator), with
	 * the strict editors of query values on every binder. Spring Boot uses a bean of this
	 * type in place of the one it would make.
	 */
	@Bean
	ConfigurableWebBindingInitializer strictBinding(
			@Qualifier("mvcConversionService") FormattingConversionService mvcConversionService,
			@Qualifier("mvcValidator") org.springframework.validation.Validator mvcValidator) {
		ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
		initializer.setConversionService(mvcConversionService);
		initializer.setValidator(mvcValidator);
		initializer.setPropertyEditorRegistrar(StrictQueryValues::registerEditors);
		return initializer;
	}

	/** Spring MVC's return value handlers, each method's choice remembered. */
	@Bean
	static BeanPostProcessor returnValueHandlerChoices() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getReturnValueHandlers() != null) {
					adapter.setReturnValueHandlers(
							List.of(new ReturnValueHandlerChoices(adapter.getReturnValueHandlers())));
				}
				return bean;
			}

		};
	}

	/**
	 * The API's own mappings asked first, before the actuator's (order -100): every
	 * request to the API was first matched against each actuator endpoint, in vain, which
	 * cost a read by id about 3 % of its CPU. No API path is under {@code /actuator}.
	 */
	@Bean
	static BeanPostProcessor applicationMappingsFirst() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerMapping mapping) {
					mapping.setOrder(APPLICATION_MAPPINGS_ORDER);
				}
				return bean;
			}

		};
	}

	/**
	 * The dispatcher as Spring Boot makes it, from the same {@code spring.mvc.*}
	 * settings, but answering TRACE and OPTIONS through the mappings only
	 * ({@link ApiDispatcherServlet}).
	 */
	@Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
	DispatcherServlet dispatcherServlet(WebMvcProperties mvc) {
		DispatcherServlet servlet = new ApiDispatcherServlet();
		servlet.setPublishEvents(mvc.isPublishRequestHandledEvents());
		servlet.setEnableLoggingRequestDetails(mvc.isLogRequestDetails());
		return servlet;
	}

	/**
	 * TRACE let through to the dispatcher, which answers it as a method the path does not
	 * take; Tomcat's own refusal knows nothing of paths.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceToTheDispatcher() {
		return (factory) -> factory.addConnectorCustomizers((connector) -> connector.setAllowTrace(true));
	}

	/** Errors Tomcat answers by itself are problem details too. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
		return (factory) -> factory.addContextCustomizers((context) -> ((StandardHost) context.getParent())
			.setErrorReportValveClass(ProblemErrorReportValve.class.getName()));
	}

	/**
	 * {@code Accept} weighed as RFC 9110 says: a {@code q=0} refuses what it names. The
	 * header is the only way a request names what it accepts here (Spring Boot's
	 * {@code spring.mvc.contentnegotiation.*} would add a query parameter, which the
	 * service does not take). The API's own types come last, after the actuator's, though
	 * its mappings are asked first: a wildcard narrowed by a refusal then names the
	 * actuator's own JSON type before plain JSON, as the actuator prefers.
	 */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new WeighedAcceptStrategy(() -> this.mappings.orderedStream()
			.sorted(Comparator.comparing(RequestMappingHandlerMapping.class::isInstance))
			.flatMap((mapping) -> mapping.getHandlerMethods().keySet().stream())
			.flatMap((info) -> info.getProducesCondition().getProducibleMediaTypes().stream()))));
	}

	/**
	 * The API reads JSON only. Jackson's YAML module is on the class path (springdoc
	 * writes the OpenAPI document's YAML with it), and Spring would otherwise read a body
	 * declared as YAML where an endpoint's body may be left out.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList((converters) -> converters
			.removeIf((converter) -> converter.getSupportedMediaTypes().contains(MediaType.APPLICATION_YAML)));
	}

	/**
	 * The problem advice answers what every handler raises, not only the controllers'
	 * methods: a redirect's 405 ({@code DELETE /docs}) went to Spring's default resolver
	 * and the container's error page instead, with an {@code Allow} that OPTIONS
	 * contradicted.
	 */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.stream()
			.filter(ExceptionHandlerExceptionResolver.class::isInstance)
			.forEach((resolver) -> ((ExceptionHandlerExceptionResolver) resolver)
				.setMappedHandlerPredicate((handler) -> true));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new QueryParameterInterceptor());
		registry.addInterceptor(new AcceptPatchInterceptor());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new QueryRecordArgumentResolver(this.validator));
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		StrictQueryValues.registerConverters(registry);
	}

}
