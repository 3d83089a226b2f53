package vn.canhgiac.app.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class LoginTests {

	static final String DEMO_PASSWORD = "canhgiac-demo-2026";

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "staff", "unitadmin", "police", "leader" })
	void eachDemoAccountLogsInAndSeesItsHome(String username) throws Exception {
		MvcResult login = this.mvc
			.perform(post("/login").param("username", username).param("password", DEMO_PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		String home = this.mvc.perform(get("/").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("Xin chào")
			.contains("Kiểm tra tin nhắn, đường link, tệp")
			.contains("href=\"/advisories\"");
	}

	@Test
	void policeAdministratorLogsInWithPasswordThenCodeAndSeesItsHome() throws Exception {
		MvcResult password = this.mvc
			.perform(post("/login").param("username", "policeadmin").param("password", DEMO_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login/totp"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) password.getRequest().getSession();
		this.mvc.perform(get("/").session(session))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Xin chào"))));
		MockHttpSession full = DemoLogins.login(this.mvc, this.jdbc, "policeadmin");
		assertThat(this.mvc.perform(get("/").session(full)).andReturn().getResponse().getContentAsString())
			.contains("Xin chào")
			.contains("Kiểm tra tin nhắn, đường link, tệp");
	}

	@Test
	void homeIsMadeForTheRole() throws Exception {
		assertThat(homeOf("policeadmin")).contains("Hồ sơ vụ việc")
			.contains("/admin/units")
			.contains("/admin/stations");
		assertThat(homeOf("leader")).contains("Thống kê và báo cáo tháng")
			.doesNotContain("Hồ sơ vụ việc")
			.doesNotContain("/admin/units");
		assertThat(homeOf("staff")).contains("Công an phường An Hòa").doesNotContain("/admin/units");
		assertThat(homeOf("unitadmin")).contains("/admin/units").doesNotContain("/admin/stations");
	}

	@Test
	void wrongPasswordAndUnknownUserFailAlike() throws Exception {
		this.mvc.perform(post("/login").param("username", "staff").param("password", "wrong-password").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/login").param("username", "nobody").param("password", "wrong-password").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
	}

	@Test
	void loginWithoutCsrfTokenIsRejected() throws Exception {
		this.mvc.perform(post("/login").param("username", "staff").param("password", DEMO_PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void sessionIdChangesAtLogin() throws Exception {
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();
		MvcResult login = this.mvc.perform(
				post("/login").session(before).param("username", "staff").param("password", DEMO_PASSWORD).with(csrf()))
			.andReturn();
		assertThat(login.getRequest().getSession().getId()).isNotEqualTo(idBefore);
	}

	@Test
	void pagesNeedLoginAndAdminPagesNeedAnAdmin() throws Exception {
		this.mvc.perform(get("/admin/units")).andExpect(status().is3xxRedirection());
		MockHttpSession staff = login("staff");
		this.mvc.perform(get("/admin/units").session(staff)).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").session(staff)).andExpect(status().isForbidden());
		MockHttpSession admin = login("policeadmin");
		this.mvc.perform(get("/actuator/prometheus").session(admin)).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void vietnamesePassphraseBeyond72BytesWorks() throws Exception {
		String passphrase = "Tôi yêu quê hương Việt Nam thân thương và những cánh đồng lúa chín vàng óng ả";
		assertThat(passphrase.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
		accounts.createAccount("passphrase.user", passphrase, null, java.util.Set.of(Role.STAFF));
		String decomposed = java.text.Normalizer.normalize(passphrase, java.text.Normalizer.Form.NFD);
		this.mvc.perform(post("/login").param("username", "passphrase.user").param("password", decomposed).with(csrf()))
			.andExpect(redirectedUrl("/"));
		String truncated = passphrase.substring(0, passphrase.length() - 1);
		this.mvc.perform(post("/login").param("username", "passphrase.user").param("password", truncated).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(accounts.account("passphrase.user").orElseThrow().passwordHash()).startsWith("{argon2}$argon2id$");
	}

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	MockHttpSession login(String username) throws Exception {
		return DemoLogins.login(this.mvc, this.jdbc, username);
	}

	String homeOf(String username) throws Exception {
		return this.mvc.perform(get("/").session(login(username))).andReturn().getResponse().getContentAsString();
	}

}
