package vn.canhgiac.app.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canhgiac.app.accounts.AccountTestSupport.PASSPHRASE;

@SpringBootTest
@AutoConfigureMockMvc
class SessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Test
	void signingOutEverywhereEndsTheOtherSessionsAtTheirNextRequest() throws Exception {
		this.accounts.createAccount("session.everywhere", PASSPHRASE, null, Set.of(Role.STAFF));
		MockHttpSession phone = login("session.everywhere");
		MockHttpSession office = login("session.everywhere");
		this.mvc.perform(get("/account/security").session(office)).andExpect(status().isOk());
		this.mvc.perform(post("/account/sessions/end-all").session(phone).with(csrf()))
			.andExpect(redirectedUrl("/login?loggedOutEverywhere"));
		this.mvc.perform(get("/account/security").session(office)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/account/security").session(login("session.everywhere"))).andExpect(status().isOk());
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
		this.accounts.createAccount("session.disabled", PASSPHRASE, null, Set.of(Role.STAFF));
		MockHttpSession session = login("session.disabled");
		this.accounts.setEnabled(this.accounts.account("session.disabled").orElseThrow().id(), false);
		this.mvc.perform(get("/checks").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc
			.perform(post("/login").param("username", "session.disabled").param("password", PASSPHRASE).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void sessionsEndAtTheAbsoluteTimeoutHoweverActive() throws Exception {
		this.accounts.createAccount("session.long", PASSPHRASE, null, Set.of(Role.STAFF));
		MockHttpSession session = login("session.long");
		session.setAttribute(LoginFlow.SINCE, Instant.now().minus(Duration.ofHours(13)).toEpochMilli());
		this.mvc.perform(get("/checks").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	private MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").param("username", username).param("password", PASSPHRASE).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

}
