package vn.canhgiac.app.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.canhgiac.app.directory.DirectoryManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canhgiac.app.accounts.AccountTestSupport.PASSPHRASE;

@SpringBootTest
@AutoConfigureMockMvc
class TwoFactorTests {

	static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TwoFactorManagement twoFactor;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void enrolsWithQrCodeAndSecretThenAsksForTheCodeAtLogin() throws Exception {
		this.accounts.createAccount("totp.enrol", PASSPHRASE, null, Set.of(Role.STAFF));
		MockHttpSession session = passwordStep("totp.enrol", "/");
		String page = this.mvc.perform(get("/account/2fa").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("src=\"data:image/png;base64,");
		Matcher secretMatch = Pattern.compile("data-secret=\"([A-Z2-7]{32})\"").matcher(page);
		assertThat(secretMatch.find()).isTrue();
		String secret = secretMatch.group(1);

		this.mvc.perform(post("/account/2fa").session(session).param("code", wrongCode(secret)).with(csrf()))
			.andExpect(redirectedUrl("/account/2fa"));
		assertThat(this.twoFactor.isEnabled(id("totp.enrol"))).isFalse();

		awayFromStepBoundary();
		String recovery = this.mvc
			.perform(post("/account/2fa").session(session).param("code", DemoLogins.currentCode(secret)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = Pattern.compile("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}")
			.matcher(recovery)
			.results()
			.map((m) -> m.group())
			.toList();
		assertThat(codes).hasSize(10);
		assertThat(this.jdbc.sql("select code_hash from recovery_code where account_id = ?")
			.param(id("totp.enrol"))
			.query(String.class)
			.list()).hasSize(10).noneMatch((hash) -> codes.stream().anyMatch(hash::contains));

		MockHttpSession pending = passwordStep("totp.enrol", "/login/totp");
		this.mvc.perform(get("/checks").session(pending)).andExpect(redirectedUrl("/login/totp"));
		this.mvc.perform(get("/admin/units").session(pending)).andExpect(redirectedUrl("/login/totp"));
		assertThat(this.mvc.perform(get("/").session(pending)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Xin chào");
		this.mvc.perform(post("/login/totp").session(pending).param("code", wrongCode(secret)).with(csrf()))
			.andExpect(redirectedUrl("/login/totp?error"));
		String idBefore = pending.getId();
		MvcResult done = this.mvc
			.perform(post("/login/totp").session(pending).param("code", nextUnusedCode(secret)).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession full = (MockHttpSession) done.getRequest().getSession();
		assertThat(full.getId()).as("new session id after the second factor").isNotEqualTo(idBefore);
		assertThat(this.mvc.perform(get("/").session(full)).andReturn().getResponse().getContentAsString())
			.contains("Xin chào");
	}

	@Test
	void aCodeIsAcceptedOnlyOnce() {
		long id = userWithSecret("totp.replay");
		awayFromStepBoundary();
		long now = Totp.step(Instant.now());
		String code = Totp.code(Base32.decode(SECRET), now);
		assertThat(this.twoFactor.verify(id, code)).isEqualTo(SecondFactorCheck.ACCEPTED);
		assertThat(this.twoFactor.verify(id, code)).isEqualTo(SecondFactorCheck.REJECTED);
		assertThat(this.twoFactor.verify(id, Totp.code(Base32.decode(SECRET), now - 1)))
			.as("an older step after a newer one was used")
			.isEqualTo(SecondFactorCheck.REJECTED);
	}

	@Test
	void acceptsOneStepOfDriftEitherWayButNotTwo() {
		byte[] key = Base32.decode(SECRET);
		long id = userWithSecret("totp.window");
		awayFromStepBoundary();
		long now = Totp.step(Instant.now());
		assertThat(this.twoFactor.verify(id, Totp.code(key, now - 2))).isEqualTo(SecondFactorCheck.REJECTED);
		assertThat(this.twoFactor.verify(id, Totp.code(key, now + 2))).isEqualTo(SecondFactorCheck.REJECTED);
		assertThat(this.twoFactor.verify(id, Totp.code(key, now - 1))).isEqualTo(SecondFactorCheck.ACCEPTED);
		assertThat(this.twoFactor.verify(id, Totp.code(key, now + 1))).isEqualTo(SecondFactorCheck.ACCEPTED);
	}

	@Test
	void locksAfterFiveWrongCodesWithoutABypassThroughThePasswordStep() throws Exception {
		userWithSecret("totp.lock");
		MockHttpSession pending = passwordStep("totp.lock", "/login/totp");
		for (int i = 1; i <= 4; i++) {
			this.mvc.perform(post("/login/totp").session(pending).param("code", wrongCode(SECRET)).with(csrf()))
				.andExpect(redirectedUrl("/login/totp?error"));
		}
		this.mvc.perform(post("/login/totp").session(pending).param("code", wrongCode(SECRET)).with(csrf()))
			.andExpect(redirectedUrl("/login/totp?locked"));
		this.mvc.perform(post("/login/totp").session(pending).param("code", nextUnusedCode(SECRET)).with(csrf()))
			.andExpect(redirectedUrl("/login/totp?locked"));

		MockHttpSession again = passwordStep("totp.lock", "/login/totp");
		assertThat(this.mvc.perform(get("/login/totp").session(again)).andReturn().getResponse().getContentAsString())
			.contains("Nhập sai mã quá nhiều lần");
		this.mvc.perform(post("/login/totp").session(again).param("code", nextUnusedCode(SECRET)).with(csrf()))
			.andExpect(redirectedUrl("/login/totp?locked"));
		this.mvc
			.perform(post("/login/totp").session(again)
				.param("recoveryCode", this.twoFactor.newRecoveryCodes(id("totp.lock")).get(0))
				.with(csrf()))
			.andExpect(redirectedUrl("/login/totp?locked"));
		this.mvc.perform(get("/checks").session(again)).andExpect(redirectedUrl("/login/totp"));
	}

	@Test
	void eachRecoveryCodeWorksOnce() throws Exception {
		long id = userWithSecret("totp.recovery");
		String code = this.twoFactor.newRecoveryCodes(id).get(3);
		MockHttpSession pending = passwordStep("totp.recovery", "/login/totp");
		this.mvc
			.perform(post("/login/totp").session(pending)
				.param("recoveryCode", code.toLowerCase().replace("-", " "))
				.with(csrf()))
			.andExpect(redirectedUrl("/"));
		MockHttpSession again = passwordStep("totp.recovery", "/login/totp");
		this.mvc.perform(post("/login/totp").session(again).param("recoveryCode", code).with(csrf()))
			.andExpect(redirectedUrl("/login/totp?error"));
		assertThat(this.twoFactor.unusedRecoveryCodes(id)).isEqualTo(9);
	}

	@Test
	void unitAdministratorSeesCoverageAndResetsALostFactorOnRecord() throws Exception {
		long unit = this.directory.unitByCode("UBND-AH-VP").orElseThrow().id();
		long person = this.directory.addPerson(unit, "Võ Thị Lan", "Chuyên viên", null, null);
		this.accounts.createAccount("totp.lostphone", PASSPHRASE, person, Set.of(Role.STAFF));
		long id = id("totp.lostphone");
		this.twoFactor.enableWithKnownSecret("totp.lostphone", SECRET);

		MockHttpSession admin = DemoLogins.login(this.mvc, this.jdbc, "unitadmin");
		String coverage = this.mvc.perform(get("/admin/accounts").session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(coverage).contains("Võ Thị Lan").contains("totp.lostphone").doesNotContain("argon2");

		this.mvc.perform(post("/admin/accounts/{id}/2fa/reset", id("policeadmin")).session(admin).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.twoFactor.isEnabled(id("policeadmin"))).isTrue();

		this.mvc.perform(post("/admin/accounts/{id}/2fa/reset", id).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(this.twoFactor.isEnabled(id)).isFalse();
		assertThat(this.jdbc.sql("select actor_id from account_security_event where account_id = ? and kind = ?")
			.params(id, "TOTP_RESET_BY_ADMIN")
			.query(Long.class)
			.list()).containsExactly(id("unitadmin"));

		this.mvc.perform(post("/admin/accounts/{id}/password/require-change", id).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		this.mvc.perform(post("/login").param("username", "totp.lostphone").param("password", PASSPHRASE).with(csrf()))
			.andExpect(redirectedUrl("/account/password"));
		this.mvc
			.perform(
					post("/admin/accounts/{id}/password/require-change", id("policeadmin")).session(admin).with(csrf()))
			.andExpect(status().isForbidden());

		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		this.mvc.perform(get("/admin/accounts").session(staff)).andExpect(status().isForbidden());
	}

	@Test
	void staffMayTurnTheirOptionalFactorOff() throws Exception {
		userWithSecret("totp.optional");
		MockHttpSession pending = passwordStep("totp.optional", "/login/totp");
		MvcResult done = this.mvc
			.perform(post("/login/totp").session(pending).param("code", nextUnusedCode(SECRET)).with(csrf()))
			.andReturn();
		MockHttpSession session = (MockHttpSession) done.getRequest().getSession();
		this.mvc.perform(post("/account/2fa/disable").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account/security"));
		assertThat(this.twoFactor.isEnabled(id("totp.optional"))).isFalse();
	}

	private long userWithSecret(String username) {
		this.accounts.createAccount(username, PASSPHRASE, null, Set.of(Role.STAFF));
		this.twoFactor.enableWithKnownSecret(username, SECRET);
		return id(username);
	}

	private long id(String username) {
		return this.accounts.account(username).orElseThrow().id();
	}

	private MockHttpSession passwordStep(String username, String expectedRedirect) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").param("username", username).param("password", PASSPHRASE).with(csrf()))
			.andExpect(redirectedUrl(expectedRedirect))
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** A code the server has not accepted yet: the current step, or the next one. */
	private String nextUnusedCode(String secret) {
		awayFromStepBoundary();
		return Totp.code(Base32.decode(secret), Totp.step(Instant.now()) + 1);
	}

	/** Six digits that are not a valid code in the ±1 window. */
	private static String wrongCode(String secret) {
		byte[] key = Base32.decode(secret);
		long now = Totp.step(Instant.now());
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			boolean valid = false;
			for (long step = now - 2; step <= now + 2; step++) {
				valid |= Totp.code(key, step).equals(code);
			}
			if (!valid) {
				return code;
			}
		}
	}

	/**
	 * Waits out the last two seconds of a 30-second step, so that a code computed here is
	 * checked in the same step.
	 */
	static void awayFromStepBoundary() {
		long intoStep = Instant.now().getEpochSecond() % Totp.STEP_SECONDS;
		if (intoStep >= Totp.STEP_SECONDS - 2) {
			try {
				Thread.sleep((Totp.STEP_SECONDS - intoStep + 1) * 1000L);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
