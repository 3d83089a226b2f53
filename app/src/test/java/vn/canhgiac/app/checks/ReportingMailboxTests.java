package vn.canhgiac.app.checks;

import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.canhgiac.app.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forward-to-report end to end against a real IMAP and SMTP server (GreenMail): a member
 * of staff forwards a phishing e-mail as an attachment, the portal checks it, files the
 * check under them and replies with the verdict.
 */
@SpringBootTest
class ReportingMailboxTests {

	static final String MAILBOX = "baocao@hoavinh.gov.vn.test";

	static final String STAFF = "staff@hoavinh.gov.vn.test";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup[] {
			ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort() })
		.withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, "secret"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("canhgiac.reporting-mailbox.enabled", () -> "true");
		registry.add("canhgiac.reporting-mailbox.host", () -> "127.0.0.1");
		registry.add("canhgiac.reporting-mailbox.port", () -> mail.getImap().getPort());
		registry.add("canhgiac.reporting-mailbox.ssl", () -> "false");
		registry.add("canhgiac.reporting-mailbox.username", () -> MAILBOX);
		registry.add("canhgiac.reporting-mailbox.password", () -> "secret");
		registry.add("canhgiac.reporting-mailbox.address", () -> MAILBOX);
		registry.add("canhgiac.reporting-mailbox.poll-interval", () -> "PT1S");
	}

	@Autowired
	CheckManagement checks;

	@Autowired
	AccountManagement accounts;

	@Test
	void forwardedPhishingMailIsCheckedFiledAndAnswered() throws Exception {
		send(forwardAsAttachment(STAFF, phishing()));

		MimeMessage reply = awaitMessageTo(STAFF);
		assertThat(reply.getSubject()).as((String) reply.getContent())
			.startsWith("[Cảnh Giác]")
			.containsAnyOf("NGUY HIỂM", "LỪA ĐẢO", "ĐÁNG NGỜ");
		assertThat(reply.getFrom()[0].toString()).isEqualTo(MAILBOX);
		assertThat((String) reply.getContent()).contains("Không bấm đường link").contains("/checks/");

		long staff = this.accounts.account("staff").orElseThrow().id();
		assertThat(this.checks.recent(staff)).anySatisfy((check) -> {
			assertThat(check.kind()).isEqualTo(CheckKind.FILE);
			assertThat(check.verdict()).isIn("dangerous", "suspicious");
		});
	}

	@Test
	void strangersForwardingMailGetNoReply() throws Exception {
		send(forwardAsAttachment("someone@example.test", phishing()));
		Thread.sleep(4000);
		assertThat(Arrays.stream(mail.getReceivedMessages()).filter((m) -> recipientIs(m, "someone@example.test")))
			.isEmpty();
	}

	private static MimeMessage phishing() throws Exception {
		MimeMessage original = new MimeMessage(session());
		original.setFrom(new InternetAddress("no-reply@vietcombank-secure-login.xyz", "Vietcombank", "UTF-8"));
		original.setReplyTo(new InternetAddress[] { new InternetAddress("hotro.vcb@gmail.com") });
		original.setRecipient(Message.RecipientType.TO, new InternetAddress(STAFF));
		original.setSubject("Tài khoản của quý khách bị tạm khoá", "UTF-8");
		original.setText("Kính gửi quý khách, tài khoản Vietcombank của quý khách sẽ bị khoá trong 24 giờ. "
				+ "Vui lòng xác minh ngay tại https://vietcombank.com.vn.xacminh-dangnhap.xyz/login và nhập mã OTP.",
				"UTF-8");
		original.saveChanges();
		return original;
	}

	private static MimeMessage forwardAsAttachment(String from, MimeMessage original) throws Exception {
		MimeMessage forward = new MimeMessage(session());
		forward.setFrom(new InternetAddress(from));
		forward.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
		forward.setSubject("Fwd: " + original.getSubject(), "UTF-8");
		MimeBodyPart note = new MimeBodyPart();
		note.setText("Nhờ kiểm tra giúp email này.", "UTF-8");
		MimeBodyPart attached = new MimeBodyPart();
		attached.setContent(original, "message/rfc822");
		forward.setContent(new MimeMultipart(note, attached));
		forward.saveChanges();
		return forward;
	}

	private static void send(MimeMessage message) throws Exception {
		Transport.send(message);
	}

	private static Session session() {
		Properties props = new Properties();
		props.put("mail.smtp.host", "127.0.0.1");
		props.put("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
		return Session.getInstance(props);
	}

	private static MimeMessage awaitMessageTo(String address) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (recipientIs(message, address)) {
					return message;
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no message to " + address + " within 60 s");
	}

	private static boolean recipientIs(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equalsIgnoreCase(address));
		}
		catch (Exception ex) {
			return false;
		}
	}

}
