package vn.canhgiac.app.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signs demo users in for MockMvc tests, doing the one-time-code step for those with
 * two-step login on (policeadmin), with the secret read from the README line that tools
 * read.
 */
public final class DemoLogins {

	public static final String DEMO_PASSWORD = "canhgiac-demo-2026";

	private DemoLogins() {
	}

	/** The secret from the README line {@code Demo TOTP secret (user): BASE32}. */
	public static String totpSecret(String username) {
		String prefix = "Demo TOTP secret (" + username + "): ";
		try {
			return Files.readAllLines(Path.of("..", "README.md"))
				.stream()
				.filter((line) -> line.startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).strip())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("README has no line " + prefix));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String currentCode(String base32Secret) {
		return Totp.code(Base32.decode(base32Secret), Totp.step(Instant.now()));
	}

	public static MockHttpSession login(MockMvc mvc, JdbcClient jdbc, String username) throws Exception {
		MvcResult password = mvc
			.perform(post("/login").param("username", username).param("password", DEMO_PASSWORD).with(csrf()))
			.andReturn();
		MockHttpSession session = (MockHttpSession) password.getRequest().getSession();
		if (!"/login/totp".equals(password.getResponse().getRedirectedUrl())) {
			return session;
		}
		// Each code is accepted once, and tests sign policeadmin in several times within
		// one
		// 30-second step: forget the last used step (test fixture only).
		jdbc.sql("update user_account set totp_last_step = null where lower(username) = lower(?)")
			.param(username)
			.update();
		MvcResult code = mvc
			.perform(post("/login/totp").session(session).param("code", currentCode(totpSecret(username))).with(csrf()))
			.andReturn();
		return (MockHttpSession) code.getRequest().getSession();
	}

}
