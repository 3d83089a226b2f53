package vn.canhgiac.app.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Vietnamese first, English second. {@code ?lang=en} on any page switches, and a cookie
 * remembers the choice for a year.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Set<String> SUPPORTED = Set.of("vi", "en");

	private final CookieLocaleResolver resolver = newResolver();

	@Bean
	LocaleResolver localeResolver() {
		return this.resolver;
	}

	private static CookieLocaleResolver newResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("canhgiac-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setRejectInvalidCookies(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String lang = request.getParameter("lang");
				if (lang != null && SUPPORTED.contains(lang)) {
					LanguageConfiguration.this.resolver.setLocale(request, response, Locale.forLanguageTag(lang));
				}
				return true;
			}

		});
	}

}
