package vn.canhgiac.app.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityCheckupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHomeCardLeadsToTheCheckUp() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		assertThat(this.mvc.perform(get("/").session(staff)).andReturn().getResponse().getContentAsString())
			.contains("href=\"/account/security\"");
	}

	@Test
	void showsOwnStatusLastLoginsTesterAndChecklist() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		String page = this.mvc.perform(get("/account/security").session(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Xác thực hai lớp: chưa bật")
			.contains("Mật khẩu đã dùng 0 ngày")
			.contains("Các lần đăng nhập gần đây")
			.contains("127.0.0.1")
			.contains("không được lưu lại và không ghi vào nhật ký")
			.contains("Mỗi tài khoản một mật khẩu riêng")
			.contains("Nhận biết trang đăng nhập giả")
			.contains("/js/password-strength.js")
			.doesNotContain("<script>")
			.doesNotContain("style=");
		MockHttpSession policeAdmin = DemoLogins.login(this.mvc, this.jdbc, "policeadmin");
		assertThat(this.mvc.perform(get("/account/security").session(policeAdmin))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Xác thực hai lớp: đang bật")
			.contains("Mật khẩu + mã xác thực")
			.contains("/admin/accounts");
	}

	@Test
	void englishToo() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		assertThat(this.mvc.perform(get("/account/security").param("lang", "en").session(staff))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Account security check-up")
			.contains("A different password for every account");
	}

}
