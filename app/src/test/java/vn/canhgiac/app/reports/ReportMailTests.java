package vn.canhgiac.app.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.canhgiac.app.accounts.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The reporter's e-mails through a real SMTP server (GreenMail): a receipt with the
 * tracking code, then "there is news" without the news itself.
 */
@SpringBootTest(properties = "canhgiac.portal-url=https://canhgiac.hoavinh.gov.vn.test/")
@AutoConfigureMockMvc
class ReportMailTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReporterGetsAReceiptAndANoticeOfNewsButNeverTheContent() throws Exception {
		String location = this.mvc
			.perform(post("/public/report").param("category", "EXTORTION_IMAGES")
				.param("channel", "EMAIL")
				.param("description", "Nhận e-mail đe doạ")
				.param("reporterEmail", "nguoi.dan@example.com")
				.param("consent", "true")
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String code = location.substring("/public/reports/".length(), location.indexOf('?'));
		MimeMessage receipt = awaitMessages(1).get(0);
		assertThat(receipt.getSubject()).isEqualTo("[Cảnh Giác] Đã tiếp nhận phản ánh " + code);
		assertThat((String) receipt.getContent())
			.contains("https://canhgiac.hoavinh.gov.vn.test/public/reports/" + code)
			.contains("không chuyển tiền");

		UUID caseId = this.jdbc
			.sql("select pc.id from police_case pc join report r on r.id = pc.report_id where r.tracking_code = ?")
			.param(code)
			.query(UUID.class)
			.single();
		MockHttpSession admin = DemoLogins.login(this.mvc, this.jdbc, "policeadmin");
		this.mvc.perform(post("/cases/" + caseId + "/messages").param("body", "Đề nghị gửi bổ sung ảnh chụp e-mail gốc")
			.session(admin)
			.with(csrf()));
		MimeMessage notice = awaitMessages(2).get(1);
		assertThat(notice.getSubject()).isEqualTo("[Cảnh Giác] Có cập nhật về phản ánh " + code);
		assertThat((String) notice.getContent()).doesNotContain("Đề nghị gửi bổ sung");
	}

	private static List<MimeMessage> awaitMessages(int count) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			MimeMessage[] received = mail.getReceivedMessages();
			if (received.length >= count) {
				return Arrays.asList(received);
			}
			Thread.sleep(200);
		}
		throw new AssertionError("expected " + count + " messages, got " + mail.getReceivedMessages().length);
	}

}
