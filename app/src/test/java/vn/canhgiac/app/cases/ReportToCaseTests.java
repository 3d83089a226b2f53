package vn.canhgiac.app.cases;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.canhgiac.app.accounts.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ReportToCaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffReportLandsInTheServingStationsInboxAndNowhereElse() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		String location = this.mvc
			.perform(multipart("/reports").file(picture())
				.param("category", "EXTORTION_IMAGES")
				.param("channel", "LETTER")
				.param("description", "Tôi nhận được thư có ảnh ghép")
				.param("telegram", "thamtu_tu")
				.param("bankAccount", "0123 456 789")
				.param("moneyDemanded", "50000000")
				.param("consent", "true")
				.session(staff)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/reports/").endsWith("?sent");
		UUID reportId = UUID.fromString(location.substring("/reports/".length(), location.indexOf('?')));
		String status = this.mvc.perform(get("/reports/" + reportId).session(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(status).contains("Đã tiếp nhận").contains("PA-");

		UUID caseId = caseOf(reportId);
		assertThat(this.jdbc.sql("select count(*) from case_indicator where case_id = ?")
			.param(caseId)
			.query(Integer.class)
			.single()).isEqualTo(2);

		MockHttpSession police = DemoLogins.login(this.mvc, this.jdbc, "police");
		assertThat(this.mvc.perform(get("/cases").session(police))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(caseId.toString());
		String page = this.mvc.perform(get("/cases/" + caseId).session(police))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tôi nhận được thư có ảnh ghép").contains("@thamtu_tu").contains("0123456789");

		MockHttpSession otherStation = DemoLogins.login(this.mvc, this.jdbc, "police2");
		this.mvc.perform(get("/cases/" + caseId).session(otherStation)).andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get("/cases").session(otherStation)).andReturn().getResponse().getContentAsString())
			.doesNotContain(caseId.toString());
		MockHttpSession otherStaff = DemoLogins.login(this.mvc, this.jdbc, "staff2");
		this.mvc.perform(get("/reports/" + reportId).session(otherStaff)).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/" + caseId).session(staff)).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases").session(staff)).andExpect(status().isForbidden());
	}

	@Test
	void officerWorksTheCaseAndTheReporterSeesStatusAndMessages() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		String location = this.mvc
			.perform(post("/reports").param("category", "IMPERSONATION")
				.param("channel", "SMS")
				.param("pastedText", "Cong an thong bao: tai khoan cua ban lien quan vu an, chuyen tien vao 0987654321")
				.param("consent", "true")
				.session(staff)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID reportId = UUID.fromString(location.substring("/reports/".length(), location.indexOf('?')));
		UUID caseId = caseOf(reportId);
		long officer = this.jdbc.sql("select id from user_account where username = 'police'")
			.query(Long.class)
			.single();
		MockHttpSession police = DemoLogins.login(this.mvc, this.jdbc, "police");
		this.mvc
			.perform(post("/cases/" + caseId + "/triage").param("category", "IMPERSONATION")
				.param("severity", "HIGH")
				.session(police)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/cases/" + caseId + "/assign").param("assignee", Long.toString(officer))
				.session(police)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/cases/" + caseId + "/messages")
				.param("body", "Chúng tôi đã tiếp nhận, xin đừng chuyển tiền.")
				.session(police)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/cases/" + caseId + "/status").param("status", "CLOSED").session(police).with(csrf()))
			.andExpect(status().isUnprocessableEntity());
		this.mvc
			.perform(post("/cases/" + caseId + "/status").param("status", "CLOSED")
				.param("resolution", "Đã xác minh, hướng dẫn người dân")
				.session(police)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		String reporterView = this.mvc.perform(get("/reports/" + reportId).session(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reporterView).contains("Vụ việc đã kết thúc")
			.contains("Chúng tôi đã tiếp nhận, xin đừng chuyển tiền.")
			.contains("Công an phường An Hòa")
			.doesNotContain("Lê Minh Tuấn")
			.doesNotContain("Đã xác minh, hướng dẫn người dân");
		String timeline = this.mvc.perform(get("/cases/" + caseId).session(police))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(timeline).contains("phân loại").contains("giao cán bộ thụ lý").contains("chuyển trạng thái");
	}

	@Test
	void anonymousReportNeedsConsentAndContactAndIsFollowedByItsTrackingCode() throws Exception {
		this.mvc
			.perform(post("/public/report").param("category", "INVESTMENT")
				.param("channel", "ZALO")
				.param("description", "Bị lừa đầu tư")
				.param("reporterEmail", "dan@example.com")
				.with(csrf()))
			.andExpect(status().isUnprocessableEntity());
		long before = this.jdbc.sql("select count(*) from report").query(Long.class).single();
		String location = this.mvc.perform(post("/public/report").param("category", "INVESTMENT")
			.param("channel", "ZALO")
			.param("description", "Bị lừa đầu tư")
			.param("reporterEmail", "dan@example.com")
			.param("communeId",
					this.jdbc.sql("select id from org_unit where code = 'X-TL'").query(Long.class).single().toString())
			.param("consent", "true")
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(this.jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(before + 1);
		assertThat(location).matches("/public/reports/PA(-[A-Z2-9]{4}){4}\\?sent");
		String code = location.substring("/public/reports/".length(), location.indexOf('?'));
		assertThat(this.mvc.perform(get("/public/reports/" + code.toLowerCase()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(code).contains("Công an phường Thành Công");
		this.mvc.perform(get("/public/reports/PA-AAAA-AAAA-AAAA-AAAA")).andExpect(status().isNotFound());
		String station = this.jdbc
			.sql("select ps.name from police_case pc join police_station ps on ps.id = pc.station_id "
					+ "join report r on r.id = pc.report_id where r.tracking_code = ?")
			.param(code)
			.query(String.class)
			.single();
		assertThat(station).isEqualTo("Công an phường Thành Công");
	}

	@Test
	void theSameLetterSentToTwoOfficialsLinksTheirCases() throws Exception {
		String letter = "Chung toi dang giu anh nhay cam cua ong. Trong 48 gio phai chuyen 300 trieu, "
				+ "neu khong anh se duoc gui toi co quan va gia dinh. Khong bao cong an.";
		UUID first = caseOf(submitPasted("staff", letter));
		UUID second = caseOf(submitPasted("staff2", letter.replace("300 trieu", "250 trieu")));
		MockHttpSession admin = DemoLogins.login(this.mvc, this.jdbc, "policeadmin");
		String page = "";
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		while (!page.contains("/cases/" + second) && System.nanoTime() < deadline) {
			page = this.mvc.perform(get("/cases/" + first).session(admin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Thread.sleep(200);
		}
		assertThat(page).as("the near-duplicate letters link the two cases")
			.contains("Vụ việc liên quan")
			.contains("/cases/" + second);
	}

	private UUID submitPasted(String user, String text) throws Exception {
		MockHttpSession session = DemoLogins.login(this.mvc, this.jdbc, user);
		String location = this.mvc
			.perform(post("/reports").param("category", "EXTORTION_IMAGES")
				.param("channel", "LETTER")
				.param("pastedText", text)
				.param("consent", "true")
				.session(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.substring("/reports/".length(), location.indexOf('?')));
	}

	private UUID caseOf(UUID reportId) {
		return this.jdbc.sql("select id from police_case where report_id = ?")
			.param(reportId)
			.query(UUID.class)
			.single();
	}

	@Test
	void anOversizedFileGetsAClearMessageAndStoresNothing() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		long reports = this.jdbc.sql("select count(*) from report").query(Long.class).single();
		byte[] huge = new byte[26 * 1024 * 1024];
		String page = this.mvc
			.perform(multipart("/reports").file(new MockMultipartFile("files", "video.mp4", "video/mp4", huge))
				.param("category", "OTHER")
				.param("channel", "ZALO")
				.param("description", "Video của kẻ gian")
				.param("consent", "true")
				.session(staff)
				.with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tệp quá lớn (tối đa 25 MB)")
			.as("what was typed is kept")
			.contains("Video của kẻ gian");
		assertThat(this.jdbc.sql("select count(*) from report").query(Long.class).single()).isEqualTo(reports);
	}

	@Test
	void nearestStationFollowsThePhonesPosition() throws Exception {
		assertThat(this.mvc.perform(get("/public/stations/nearest").param("lat", "18.7311").param("lon", "105.6012"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Công an xã Hòa Bình");
		this.mvc.perform(get("/public/stations/nearest").param("lat", "900").param("lon", "105"))
			.andExpect(status().isNotFound());
	}

	static MockMultipartFile picture() throws Exception {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();
		g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.BLUE, 320, 240, java.awt.Color.ORANGE));
		g.fillRect(0, 0, 320, 240);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return new MockMultipartFile("files", "thu.jpg", "image/jpeg", out.toByteArray());
	}

}
