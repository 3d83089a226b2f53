package vn.canhgiac.app.accounts;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static vn.canhgiac.app.accounts.AccountTestSupport.PASSPHRASE;
import static vn.canhgiac.app.accounts.AccountTestSupport.from;

@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Test
	void repeatedFailuresSlowThatClientDownButNotTheOwnerElsewhere() throws Exception {
		this.accounts.createAccount("throttle.victim", PASSPHRASE, null, Set.of(Role.STAFF));
		for (int i = 0; i < 5; i++) {
			attempt("throttle.victim", "not the password " + i, "10.0.0.1").andExpect(redirectedUrl("/login?error"));
		}
		attempt("throttle.victim", PASSPHRASE, "10.0.0.1").andExpect(redirectedUrl("/login?throttled"));
		attempt("throttle.victim", PASSPHRASE, "10.0.0.2").andExpect(redirectedUrl("/"));
		assertThat(
				this.mvc.perform(get("/login").param("throttled", "")).andReturn().getResponse().getContentAsString())
			.contains("Đăng nhập sai quá nhiều lần");
	}

	@Test
	void unknownNamesAreThrottledExactlyLikeRealOnes() throws Exception {
		for (int i = 0; i < 5; i++) {
			attempt("no.such.person", "not the password", "10.0.1.1").andExpect(redirectedUrl("/login?error"));
		}
		attempt("no.such.person", "not the password", "10.0.1.1").andExpect(redirectedUrl("/login?throttled"));
	}

	@Test
	void oneClientAddressCannotSprayManyNames() throws Exception {
		this.accounts.createAccount("throttle.spray", PASSPHRASE, null, Set.of(Role.STAFF));
		for (int i = 0; i < 30; i++) {
			attempt("sprayed." + i, "Password123", "10.0.2.1");
		}
		attempt("throttle.spray", PASSPHRASE, "10.0.2.1").andExpect(redirectedUrl("/login?throttled"));
		attempt("throttle.spray", PASSPHRASE, "10.0.2.2").andExpect(redirectedUrl("/"));
	}

	private org.springframework.test.web.servlet.ResultActions attempt(String username, String password, String address)
			throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(from(address))
			.with(csrf()));
	}

}
