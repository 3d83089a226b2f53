package vn.canhgiac.app.accounts;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.canhgiac.app.directory.DirectoryManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = { "canhgiac.mode=production", "canhgiac.command=admin" })
@AutoConfigureMockMvc
class ProductionModeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TwoFactorManagement twoFactor;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AdminCommandLine adminCommand;

	@Test
	void productionSeedsNothingAndRefusesTheDemoPassword() {
		assertThat(this.directory.units()).noneMatch((u) -> u.code().equals("HV"));
		assertThat(this.accounts.account("staff")).isEmpty();
		assertThatThrownBy(() -> this.accounts.createAccount("someone", "canhgiac-demo-2026", null, Set.of(Role.STAFF)))
			.isInstanceOf(PasswordRefused.class);
	}

	@Test
	void adminCommandCreatesTheFirstAdministrator() {
		InputStream stdin = System.in;
		System.setIn(new ByteArrayInputStream("Mật khẩu quản trị rất dài 2026\n".getBytes(StandardCharsets.UTF_8)));
		try {
			this.adminCommand.run(new DefaultApplicationArguments("admin", "create-user", "--username", "root.admin",
					"--name", "Đinh Công Trứ", "--role", "POLICE_ADMIN", "--unit-code", "CA-TINH", "--unit-name",
					"Công an tỉnh", "--unit-kind", "POLICE"));
		}
		finally {
			System.setIn(stdin);
		}
		assertThat(this.adminCommand.getExitCode()).isZero();
		assertThat(this.accounts.account("root.admin")).get()
			.satisfies((a) -> assertThat(a.roles()).containsExactly(Role.POLICE_ADMIN));
		assertThat(this.directory.unitByCode("CA-TINH")).isPresent();
	}

	@Test
	void theDemoPasswordNeverLogsInEvenIfAnAccountHasIt() throws Exception {
		this.accounts.createAccount("prod.legacy", AccountTestSupport.PASSPHRASE, null, Set.of(Role.STAFF));
		this.jdbc.sql("update user_account set password_hash = ? where username = 'prod.legacy'")
			.param(this.encoder.encode("canhgiac-demo-2026"))
			.update();
		this.mvc.perform(
				post("/login").param("username", "prod.legacy").param("password", "canhgiac-demo-2026").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder encoder;

	@Test
	void policeMustEnrolASecondFactorBeforeAnythingElse() throws Exception {
		this.accounts.createAccount("prod.police", AccountTestSupport.PASSPHRASE, null, Set.of(Role.POLICE_OFFICER));
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/login").param("username", "prod.police")
				.param("password", AccountTestSupport.PASSPHRASE)
				.with(csrf()))
			.andExpect(redirectedUrl("/account/2fa"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/checks").session(session)).andExpect(redirectedUrl("/account/2fa"));
		String page = this.mvc.perform(get("/account/2fa").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = Pattern.compile("data-secret=\"([A-Z2-7]{32})\"").matcher(page);
		assertThat(secret.find()).isTrue();
		assertThat(page).contains("Vai trò của bạn bắt buộc dùng xác thực hai lớp.");
		TwoFactorTests.awayFromStepBoundary();
		this.mvc
			.perform(post("/account/2fa").session(session)
				.param("code", DemoLogins.currentCode(secret.group(1)))
				.with(csrf()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/checks").session(session)).andExpect(status().isOk());
		this.mvc.perform(post("/account/2fa/disable").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account/security"));
		assertThat(this.twoFactor.isEnabled(this.accounts.account("prod.police").orElseThrow().id()))
			.as("required for the role: cannot be turned off")
			.isTrue();
		assertThat(this.twoFactor.requiredRoles()).containsExactlyInAnyOrder(Role.POLICE_OFFICER, Role.POLICE_ADMIN,
				Role.UNIT_ADMIN, Role.LEADER);
	}

	@Test
	void adminCommandWithoutAUnitNameForANewUnitFailsClearly() {
		this.adminCommand.run(new DefaultApplicationArguments("admin", "create-user", "--username", "x.admin", "--name",
				"X", "--role", "POLICE_ADMIN", "--unit-code", "NO-SUCH"));
		assertThat(this.adminCommand.getExitCode()).isEqualTo(2);
		assertThat(this.accounts.account("x.admin")).isEmpty();
	}

}
