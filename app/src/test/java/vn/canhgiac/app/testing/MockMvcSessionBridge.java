package vn.canhgiac.app.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.util.WebUtils;

/**
 * Lets MockMvc tests keep passing {@code .session(mockSession)} now that sessions live in
 * the database (Spring Session JDBC, ADR 0110). Runs just before Spring Session's filter,
 * on mock requests only:
 * <ul>
 * <li>before: a {@link MockHttpSession} whose id is a stored session becomes that
 * session's cookie, and whatever the test changed in it is written to the stored
 * session;</li>
 * <li>after: the request's session is replaced by a mirror of the stored session the
 * response points at, with its id (so "the id changed at login" is still visible) and its
 * attributes.</li>
 * </ul>
 * The application itself sees only the database session, as in production.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SessionRepository.class)
public class MockMvcSessionBridge {

	static final String COOKIE = "SESSION";

	@Bean
	FilterRegistrationBean<Filter> mockMvcSessionBridge(ObjectProvider<SessionRepository<?>> repositories) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new BridgeFilter(repositories));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	static final class BridgeFilter implements Filter {

		private final ObjectProvider<SessionRepository<?>> repositories;

		BridgeFilter(ObjectProvider<SessionRepository<?>> repositories) {
			this.repositories = repositories;
		}

		@Override
		@SuppressWarnings("unchecked")
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			MockHttpServletResponse mockResponse = WebUtils.getNativeResponse(response, MockHttpServletResponse.class);
			SessionRepository<Session> repository = (SessionRepository<Session>) this.repositories.getIfAvailable();
			if (mock == null || mockResponse == null || repository == null
					|| mock.getAttribute(BridgeFilter.class.getName()) != null) {
				chain.doFilter(request, response);
				return;
			}
			mock.setAttribute(BridgeFilter.class.getName(), Boolean.TRUE);
			MockHttpSession given = (MockHttpSession) mock.getSession(false);
			String sent = null;
			if (given != null) {
				Session stored = repository.findById(given.getId());
				if (stored != null) {
					for (String name : new ArrayList<>(stored.getAttributeNames())) {
						if (given.getAttribute(name) == null) {
							stored.removeAttribute(name);
						}
					}
					for (String name : Collections.list(given.getAttributeNames())) {
						stored.setAttribute(name, given.getAttribute(name));
					}
					repository.save(stored);
					sent = stored.getId();
					List<Cookie> cookies = new ArrayList<>();
					if (mock.getCookies() != null) {
						cookies.addAll(List.of(mock.getCookies()));
					}
					cookies.add(new Cookie(COOKIE, encode(sent)));
					mock.setCookies(cookies.toArray(Cookie[]::new));
				}
			}
			chain.doFilter(request, response);
			String current = current(mockResponse, sent);
			Session stored = (current != null) ? repository.findById(current) : null;
			if (stored == null) {
				return;
			}
			MockHttpSession mirror = (given != null && given.getId().equals(stored.getId())) ? given
					: new MockHttpSession(mock.getServletContext(), stored.getId());
			mirror.clearAttributes();
			for (String name : stored.getAttributeNames()) {
				mirror.setAttribute(name, stored.getAttribute(name));
			}
			mock.setSession(mirror);
		}

		/** The session the response leaves the client with. */
		private static @Nullable String current(MockHttpServletResponse response, @Nullable String sent) {
			Cookie cookie = response.getCookie(COOKIE);
			if (cookie == null) {
				return sent;
			}
			if (cookie.getValue() == null || cookie.getValue().isEmpty()) {
				return null;
			}
			return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		}

		private static String encode(String id) {
			return Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
		}

	}

}
