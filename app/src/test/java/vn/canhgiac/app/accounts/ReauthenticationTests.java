package vn.canhgiac.app.accounts;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canhgiac.app.accounts.AccountTestSupport.PASSPHRASE;

@SpringBootTest
@AutoConfigureMockMvc
class ReauthenticationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TwoFactorManagement twoFactor;

	@Autowired
	Reauthentication reauthentication;

	@Test
	void aSensitiveActionNeedsAFreshCodeNotTheOneUsedAtLogin() throws Exception {
		this.accounts.createAccount("confirm.code", PASSPHRASE, null, Set.of(Role.STAFF));
		this.twoFactor.enableWithKnownSecret("confirm.code", TwoFactorTests.SECRET);
		TwoFactorTests.awayFromStepBoundary();
		long now = Totp.step(Instant.now());
		MockHttpSession pending = (MockHttpSession) this.mvc
			.perform(post("/login").param("username", "confirm.code").param("password", PASSPHRASE).with(csrf()))
			.andReturn()
			.getRequest()
			.getSession();
		String loginCode = Totp.code(Base32.decode(TwoFactorTests.SECRET), now);
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/login/totp").session(pending).param("code", loginCode).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
		assertThat(this.reauthentication.isFresh(requestWith(session))).isFalse();

		assertThat(this.mvc.perform(get("/account/confirm").param("next", "//evil.example/x").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("name=\"next\" value=\"/\"");
		assertThat(this.mvc
			.perform(post("/account/confirm").session(session)
				.param("next", "/account/security")
				.param("secret", loginCode)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).as("the login code was used already").contains("Mã không đúng");
		this.mvc
			.perform(post("/account/confirm").session(session)
				.param("next", "/account/security")
				.param("secret", Totp.code(Base32.decode(TwoFactorTests.SECRET), now + 1))
				.with(csrf()))
			.andExpect(redirectedUrl("/account/security"));
		assertThat(this.reauthentication.isFresh(requestWith(session))).isTrue();
	}

	@Test
	void withoutASecondFactorThePasswordConfirms() throws Exception {
		this.accounts.createAccount("confirm.password", PASSPHRASE, null, Set.of(Role.STAFF));
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/login").param("username", "confirm.password").param("password", PASSPHRASE).with(csrf()))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc
			.perform(post("/account/confirm").session(session)
				.param("next", "/checks")
				.param("secret", "wrong")
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.reauthentication.isFresh(requestWith(session))).isFalse();
		this.mvc
			.perform(post("/account/confirm").session(session)
				.param("next", "/checks")
				.param("secret", PASSPHRASE)
				.with(csrf()))
			.andExpect(redirectedUrl("/checks"));
		assertThat(this.reauthentication.isFresh(requestWith(session))).isTrue();
	}

	private static MockHttpServletRequest requestWith(MockHttpSession session) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(session);
		return request;
	}

}
