package vn.canhgiac.app.accounts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canhgiac.app.accounts.AccountTestSupport.PASSPHRASE;

@SpringBootTest
@AutoConfigureMockMvc
class PasswordChangeTests {

	static final String SECOND = "Mưa rơi trên mái ngói rêu phong cũ";

	static final String THIRD = "Con đò nhỏ lặng lẽ sang sông chiều";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changesThePasswordAfterCheckingEverything() throws Exception {
		this.accounts.createAccount("pw.change", PASSPHRASE, null, Set.of(Role.STAFF));
		MockHttpSession session = login("pw.change", PASSPHRASE);

		assertThat(change(session, "wrong current password", SECOND, SECOND)).contains("Mật khẩu hiện tại không đúng.");
		assertThat(change(session, PASSPHRASE, SECOND, SECOND + "x"))
			.contains("Hai lần nhập mật khẩu mới không giống nhau.");
		assertThat(change(session, PASSPHRASE, "anhyeuem123", "anhyeuem123")).contains("mật khẩu phổ biến");
		assertThat(change(session, PASSPHRASE, "password1234", "password1234")).contains("mật khẩu phổ biến");
		assertThat(change(session, PASSPHRASE, "ngoc08031995", "ngoc08031995")).contains("quá dễ đoán");
		assertThat(change(session, PASSPHRASE, "pw.change.2026", "pw.change.2026")).contains("quá dễ đoán");
		assertThat(change(session, PASSPHRASE, PASSPHRASE, PASSPHRASE)).contains("Không được dùng lại");

		this.mvc
			.perform(post("/account/password").session(session)
				.param("currentPassword", PASSPHRASE)
				.param("newPassword", SECOND)
				.param("confirmPassword", SECOND)
				.with(csrf()))
			.andExpect(redirectedUrl("/account/security"));
		this.mvc.perform(post("/login").param("username", "pw.change").param("password", PASSPHRASE).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		MockHttpSession again = login("pw.change", SECOND);

		this.mvc
			.perform(post("/account/password").session(again)
				.param("currentPassword", SECOND)
				.param("newPassword", THIRD)
				.param("confirmPassword", THIRD)
				.with(csrf()))
			.andExpect(redirectedUrl("/account/security"));
		assertThat(change(again, THIRD, PASSPHRASE, PASSPHRASE)).as("two changes ago").contains("Không được dùng lại");
		assertThat(this.jdbc
			.sql("select count(*) from password_history h join user_account a on a.id = h.account_id "
					+ "where a.username = 'pw.change'")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void strengthCheckAnswersInVietnameseAndEnglish() throws Exception {
		MockHttpSession staff = login("staff", DemoLogins.DEMO_PASSWORD);
		this.mvc.perform(post("/account/password/strength").session(staff).param("password", "anhyeuem").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(0))
			.andExpect(jsonPath("$.acceptable").value(false))
			.andExpect(jsonPath("$.label").value("Rất yếu: đoán được ngay"))
			.andExpect(jsonPath("$.warning").value("Đây là cụm từ tiếng Việt hay được dùng làm mật khẩu."));
		this.mvc
			.perform(post("/account/password/strength").session(staff)
				.param("password", "0912345678")
				.param("lang", "en")
				.with(csrf()))
			.andExpect(jsonPath("$.warning")
				.value("Phone numbers are easy to guess: criminals try yours and your family's first."));
		this.mvc
			.perform(post("/account/password/strength").session(staff)
				.param("password", "Tôi yêu quê hương Việt Nam")
				.with(csrf()))
			.andExpect(jsonPath("$.acceptable").value(true));
		this.mvc.perform(post("/account/password/strength").param("password", "x").with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void remindsAfterTheRotationPeriodWithoutForcing() throws Exception {
		this.accounts.createAccount("pw.old", PASSPHRASE, null, Set.of(Role.STAFF));
		this.jdbc.sql("update user_account set password_changed_at = now() - interval '200 days' where username = ?")
			.param("pw.old")
			.update();
		MockHttpSession session = login("pw.old", PASSPHRASE, "/account/password?reminder");
		this.mvc.perform(get("/checks").session(session)).andExpect(status().isOk());
		assertThat(this.mvc.perform(get("/account/password").param("reminder", "").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Mật khẩu của bạn đã dùng 200 ngày");
	}

	@Test
	void aRequiredChangeComesBeforeAnythingElse() throws Exception {
		this.accounts.createAccount("pw.forced", PASSPHRASE, null, Set.of(Role.STAFF));
		this.accounts.requirePasswordChange(this.accounts.account("pw.forced").orElseThrow().id());
		MockHttpSession session = login("pw.forced", PASSPHRASE, "/account/password");
		this.mvc.perform(get("/checks").session(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/account/security").session(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc
			.perform(post("/account/password").session(session)
				.param("currentPassword", PASSPHRASE)
				.param("newPassword", SECOND)
				.param("confirmPassword", SECOND)
				.with(csrf()))
			.andExpect(redirectedUrl("/account/security"));
		this.mvc.perform(get("/checks").session(session)).andExpect(status().isOk());
	}

	@Test
	void rotationFollowsTheStrictestRole() {
		AccountSecurityProperties.Rotation police = new AccountSecurityProperties.Rotation(90, 365);
		AccountSecurityProperties properties = new AccountSecurityProperties(Map.of(Role.POLICE_OFFICER, police), 5,
				null, null, 5, java.time.Duration.ofMinutes(15), 30, 5, java.time.Duration.ofMinutes(15),
				java.time.Duration.ofHours(12));
		assertThat(properties.rotationFor(EnumSet.of(Role.STAFF, Role.POLICE_OFFICER))).isEqualTo(police);
		assertThat(properties.rotationFor(EnumSet.of(Role.STAFF)))
			.isEqualTo(AccountSecurityProperties.Rotation.DEFAULT);
		assertThat(AccountSecurityProperties.Rotation.DEFAULT.forceAfterDays()).as("never forced by default").isNull();
	}

	private String change(MockHttpSession session, String current, String next, String confirm) throws Exception {
		return this.mvc
			.perform(post("/account/password").session(session)
				.param("currentPassword", current)
				.param("newPassword", next)
				.param("confirmPassword", confirm)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpSession login(String username, String password) throws Exception {
		return login(username, password, "/");
	}

	private MockHttpSession login(String username, String password, String expected) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl(expected))
			.andReturn()
			.getRequest()
			.getSession();
	}

}
