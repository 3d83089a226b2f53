package vn.canhgiac.app.reports;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.canhgiac.app.platform.CanhGiacProperties;

/**
 * E-mail to the reporter, when an SMTP server is configured ({@code spring.mail.*}): a
 * receipt with the tracking code and link, then a note whenever there is news. Mails
 * carry no content of the case: e-mail is not a safe place for it, and the reporter's
 * mailbox may not be theirs alone. Sent after the transaction commits; a mail failure
 * never undoes a report.
 */
@Component
class ReportMail {

	private static final Logger log = LoggerFactory.getLogger(ReportMail.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final ReportManagement reports;

	private final CanhGiacProperties properties;

	ReportMail(ObjectProvider<JavaMailSender> mail, ReportManagement reports, CanhGiacProperties properties) {
		this.mail = mail;
		this.reports = reports;
		this.properties = properties;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void submitted(ReportSubmitted event) {
		this.reports.find(event.reportId())
			.ifPresent((report) -> send(report, "[Cảnh Giác] Đã tiếp nhận phản ánh " + report.trackingCode(),
					"""
							Cơ quan Công an đã tiếp nhận phản ánh của bạn.

							Mã theo dõi: %s
							Xem tiến độ và trao đổi với Công an: %s

							Trong lúc chờ: không chuyển tiền, không trả lời kẻ gian, không xoá tin nhắn, giữ nguyên thư và phong bì.
							Nếu khẩn cấp, gọi 113.

							---
							Your report was received. Tracking code: %s. Follow it at the link above.
							"""
						.formatted(report.trackingCode(), link(report), report.trackingCode())));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void updated(ReportUpdated event) {
		this.reports.find(event.reportId())
			.ifPresent((report) -> send(report, "[Cảnh Giác] Có cập nhật về phản ánh " + report.trackingCode(), """
					Có tin mới về phản ánh của bạn. Vì an toàn, nội dung không gửi qua e-mail; hãy mở đường link để xem:
					%s

					---
					There is news about your report; open the link to read it.
					""".formatted(link(report))));
	}

	private String link(Report report) {
		return this.properties.portalBase()
				+ (report.anonymous() ? "/public/reports/" + report.trackingCode() : "/reports/" + report.id());
	}

	private void send(Report report, String subject, String text) {
		Optional<JavaMailSender> sender = Optional.ofNullable(this.mail.getIfAvailable());
		if (sender.isEmpty() || report.reporterEmail() == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setTo(report.reporterEmail());
		message.setSubject(subject);
		message.setText(text);
		try {
			sender.get().send(message);
		}
		catch (MailException ex) {
			log.warn("Mail to the reporter of report {} failed: {}", report.id(), ex.getClass().getSimpleName());
		}
	}

}
