package vn.canhgiac.app.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.canhgiac.app.accounts.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/", "/css/app.css", "/js/app.js", "/no-such-page", "/actuator/health" })
	void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'")
			.contains("script-src 'self'")
			.doesNotContain("unsafe-inline");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void authenticatedPagesAreNotStored() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/").session(login())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void unknownPageIsAFriendly404() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/no-such-page").session(login()).accept("text/html"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
	}

	@Test
	void unknownPageAsksAnonymousVisitorsToLogIn() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/no-such-page")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void malformedRequestIsA400NotALoginPrompt() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/units/not-a-number").session(loginAs("policeadmin")).accept("text/html"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
	}

	@Test
	void languageSwitchIsRemembered() throws Exception {
		MockHttpServletResponse switched = this.mvc.perform(get("/login").param("lang", "en"))
			.andReturn()
			.getResponse();
		assertThat(switched.getContentAsString()).contains("Wrong username or password.".substring(0, 0))
			.contains("Log in")
			.contains("lang=\"en\"");
		Cookie remembered = switched.getCookie("canhgiac-lang");
		assertThat(remembered).isNotNull();
		String later = this.mvc.perform(get("/login").cookie(remembered))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(later).contains("Username").doesNotContain("Tên đăng nhập");
		String vietnamese = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(vietnamese).contains("Tên đăng nhập").contains("lang=\"vi\"");
	}

	@Test
	void unsupportedLanguageIsIgnored() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/login").param("lang", "fr"))
			.andReturn()
			.getResponse();
		assertThat(response.getCookie("canhgiac-lang")).isNull();
		assertThat(response.getContentAsString()).contains("Tên đăng nhập");
	}

	MockHttpSession login() throws Exception {
		return loginAs("staff");
	}

	@Autowired
	JdbcClient jdbc;

	MockHttpSession loginAs(String username) throws Exception {
		return DemoLogins.login(this.mvc, this.jdbc, username);
	}

}
