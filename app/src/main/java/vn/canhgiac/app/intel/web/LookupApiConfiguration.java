package vn.canhgiac.app.intel.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LookupApiConfiguration {

	/**
	 * Just ahead of the security filter chain (order -100), after encoding, sessions and
	 * metrics.
	 */
	@Bean
	FilterRegistrationBean<LookupApiFilter> lookupApiFilter(LookupController lookups) {
		FilterRegistrationBean<LookupApiFilter> registration = new FilterRegistrationBean<>(
				new LookupApiFilter(lookups));
		registration.addUrlPatterns(LookupApiFilter.PATH);
		registration.setOrder(-110);
		return registration;
	}

}
