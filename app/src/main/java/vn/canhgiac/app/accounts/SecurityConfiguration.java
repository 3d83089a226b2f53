package vn.canhgiac.app.accounts;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what, and the headers every response carries.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(AccountSecurityProperties.class)
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: pages load /js and /css from this origin only.
	 */
	static final String CONTENT_SECURITY_POLICY = vn.canhgiac.app.platform.SecurityHeaders.CONTENT_SECURITY_POLICY;

	/**
	 * Spring's default, shared with {@link LoginFlow}, which replaces the context after
	 * each factor.
	 */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/**
	 * Argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1). Not BCrypt: it silently
	 * truncates at 72 bytes, and a Vietnamese passphrase with diacritics passes that
	 * easily. Hashes carry the {@code {argon2}} prefix so the parameters can be raised
	 * later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
	}

	/**
	 * The filter chain exists only in the web server; one-off commands
	 * ({@code bin/canhgiac
	 * admin …}) run without one but still need the password encoder and the accounts.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class WebSecurity {

		@Bean
		SecurityFilterChain securityFilterChain(HttpSecurity http, AccountManagement accounts, PasswordEncoder encoder,
				PasswordPolicy policy, LoginThrottle throttle, LoginFlow loginFlow, SecurityContextRepository contexts,
				Accounts accountRows, AccountSecurityProperties properties) throws Exception {
			// Our provider only, without Spring Boot's global manager as a parent: a
			// parent
			// would
			// get a second go at every password our provider refused (throttled, demo
			// password).
			http.authenticationManager(
					new ProviderManager(new AccountAuthenticationProvider(accounts, encoder, policy, throttle)))
				.securityContext((context) -> context.securityContextRepository(contexts))
				.addFilterBefore(new AccountGate(accountRows, properties.absoluteSessionTimeout()),
						AuthorizationFilter.class)
				.authorizeHttpRequests((requests) -> requests
					.requestMatchers("/", "/login", "/login/totp", "/error", "/css/**", "/js/**", "/img/**",
							"/favicon.ico", "/public/**", "/api/lookup")
					.permitAll()
					.requestMatchers(EndpointRequest.to("health"))
					.permitAll()
					// advisories: only public ones are served to anonymous visitors
					.requestMatchers("/advisories/feed.atom", "/advisories/{id}/cap.xml")
					.permitAll()
					.requestMatchers(EndpointRequest.toAnyEndpoint())
					.hasRole(Role.POLICE_ADMIN.name())
					.requestMatchers("/admin/**")
					.hasAnyRole(Role.UNIT_ADMIN.name(), Role.POLICE_ADMIN.name())
					.anyRequest()
					.authenticated())
				.formLogin((form) -> form.loginPage("/login")
					.successHandler(loginFlow)
					.failureHandler(loginFlow)
					.permitAll())
				.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
				.headers((headers) -> headers
					.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
					.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
					.frameOptions((frame) -> frame.deny()));
			return http.build();
		}

	}

	@Bean
	PasswordStrengthEstimator passwordStrengthEstimator() {
		return new PasswordStrengthEstimator();
	}

}
