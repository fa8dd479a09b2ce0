package com.example.heroes.paging;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets list handlers take the {@link TotalCount} their client asked for. */
@Configuration(proxyBeanMethods = false)
class PagingConfig implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new TotalCountArgumentResolver());
	}

}
