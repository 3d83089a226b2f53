package vn.canhgiac.app.advisories;

import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Advisory e-mail through a database outbox: rows are queued in the transaction that
 * publishes or reminds, and sent in batches by whichever node runs the job (rows locked
 * with {@code skip locked}). Without an SMTP server ({@code spring.mail.host}) nothing is
 * queued. Logs carry counts and ids, never addresses or names.
 */
@Component
class AdvisoryMail {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryMail.class);

	private static final int MAX_ATTEMPTS = 5;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final AdvisoryProperties properties;

	private final TransactionTemplate transaction;

	AdvisoryMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, AdvisoryProperties properties,
			TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.properties = properties;
		this.transaction = transaction;
	}

	boolean enabled() {
		return this.sender.getIfAvailable() != null;
	}

	void queuePublished(long advisoryId, Instant now) {
		if (!enabled()) {
			return;
		}
		this.jdbc.sql("""
				insert into advisory_mail (advisory_id, person_id, kind, created_at)
				select r.advisory_id, r.person_id, 'PUBLISHED', ?
				from advisory_recipient r join person p on p.id = r.person_id
				where r.advisory_id = ? and p.email is not null""")
			.params(AdvisoryRepository.ts(now), advisoryId)
			.update();
	}

	void queue(long advisoryId, List<Long> people, String kind, Instant now) {
		if (!enabled() || people.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into advisory_mail (advisory_id, person_id, kind, created_at)
				select ?, p.id, ?, ? from person p where p.id = any(?) and p.email is not null""")
			.params(advisoryId, kind, AdvisoryRepository.ts(now), people.toArray(new Long[0]))
			.update();
	}

	void queueEscalation(long advisoryId, long adminPersonId, long unitId, int pending, Instant now) {
		if (!enabled()) {
			return;
		}
		this.jdbc.sql("""
				insert into advisory_mail (advisory_id, person_id, kind, unit_id, pending, created_at)
				values (?, ?, 'ESCALATION', ?, ?, ?)""")
			.params(advisoryId, adminPersonId, unitId, pending, AdvisoryRepository.ts(now))
			.update();
	}

	/**
	 * Sends queued mail, at most {@code max} messages, in batches of 50.
	 */
	int sendDue(Instant now, int max) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			return 0;
		}
		int sent = 0;
		int failed = 0;
		while (sent + failed < max) {
			int[] batch = this.transaction.execute((status) -> sendBatch(mailSender, now));
			if (batch == null || batch[0] + batch[1] == 0) {
				break;
			}
			sent += batch[0];
			failed += batch[1];
		}
		if (sent + failed > 0) {
			log.info("Advisory mail: {} sent, {} not sent", sent, failed);
		}
		return sent;
	}

	private int[] sendBatch(JavaMailSender mailSender, Instant now) {
		List<Outgoing> batch = this.jdbc.sql("""
				select m.id, m.advisory_id, m.person_id, m.kind, m.unit_id, m.pending, p.email, p.full_name,
				       a.number, a.title, a.subject, a.status
				from advisory_mail m
				join person p on p.id = m.person_id
				join advisory a on a.id = m.advisory_id
				where m.sent_at is null and not m.failed
				order by m.id limit 50
				for update of m skip locked""")
			.query((rs, i) -> new Outgoing(rs.getLong("id"), rs.getLong("advisory_id"), rs.getLong("person_id"),
					rs.getString("kind"), rs.getObject("unit_id", Long.class), rs.getObject("pending", Integer.class),
					rs.getString("email"), rs.getString("full_name"), rs.getString("number"), rs.getString("title"),
					rs.getString("subject"), rs.getString("status")))
			.list();
		int sent = 0;
		int failed = 0;
		for (Outgoing mail : batch) {
			if (mail.email() == null || !"PUBLISHED".equals(mail.status())) {
				this.jdbc.sql("update advisory_mail set failed = true where id = ?").param(mail.id()).update();
				failed++;
				continue;
			}
			try {
				mailSender.send(message(mailSender, mail));
				this.jdbc.sql("update advisory_mail set sent_at = ?, attempts = attempts + 1 where id = ?")
					.params(AdvisoryRepository.ts(now), mail.id())
					.update();
				if ("PUBLISHED".equals(mail.kind())) {
					this.jdbc.sql("""
							update advisory_recipient set delivered_at = coalesce(delivered_at, ?)
							where advisory_id = ? and person_id = ?""")
						.params(AdvisoryRepository.ts(now), mail.advisoryId(), mail.personId())
						.update();
				}
				sent++;
			}
			catch (MailException | MessagingException ex) {
				this.jdbc
					.sql("update advisory_mail set attempts = attempts + 1, failed = attempts + 1 >= ? where id = ?")
					.params(MAX_ATTEMPTS, mail.id())
					.update();
				log.warn("Advisory mail {} not sent: {}", mail.id(), ex.getClass().getSimpleName());
				failed++;
			}
		}
		return new int[] { sent, failed };
	}

	private MimeMessage message(JavaMailSender mailSender, Outgoing mail) throws MessagingException {
		MimeMessage message = mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.properties.mailFrom());
		helper.setTo(mail.email());
		String label = (mail.number() != null) ? mail.number() : mail.title();
		String base = this.properties.portalBase();
		String link = base + "/advisories/" + mail.advisoryId();
		String subject;
		String body;
		switch (mail.kind()) {
			case "REMINDER" -> {
				subject = "[Cảnh Giác] Nhắc: bạn chưa xác nhận đã đọc văn bản " + label;
				body = """
						Kính gửi %s,

						Bạn chưa xác nhận đã đọc và hiểu văn bản %s – %s.
						Hãy mở đường dẫn dưới đây, đọc kỹ rồi bấm "Tôi đã đọc và hiểu":
						%s

						(You have not yet confirmed that you read and understood this advisory. Open the link above.)
						""".formatted(mail.fullName(), label, mail.title(), link);
			}
			case "ESCALATION" -> {
				subject = "[Cảnh Giác] " + mail.pending() + " người trong đơn vị chưa xác nhận văn bản " + label;
				String dashboard = base + "/advisories/" + mail.advisoryId() + "/compliance"
						+ ((mail.unitId() != null) ? "?unit=" + mail.unitId() : "");
				body = """
						Kính gửi %s,

						Đã quá hạn nhưng còn %d người trong đơn vị của đồng chí chưa xác nhận đã đọc và hiểu văn bản
						%s – %s. Danh sách và nút "Nhắc họ" ở đây:
						%s

						(%d people in your unit have not confirmed this advisory after the deadline; see the list above.)
						"""
					.formatted(mail.fullName(), mail.pending(), label, mail.title(), dashboard, mail.pending());
			}
			default -> {
				subject = "[Cảnh Giác] Văn bản cần đọc và xác nhận: " + label + " – " + mail.title();
				body = """
						Kính gửi %s,

						Cơ quan đã ban hành văn bản %s – %s
						%s

						Đề nghị đồng chí đọc kỹ và bấm "Tôi đã đọc và hiểu" tại:
						%s

						Không chuyển tiền cho bất kỳ ai đe doạ bạn. Khẩn cấp: gọi Công an 113.

						(A new advisory needs your acknowledgement: open the link above.)
						""".formatted(mail.fullName(), label, mail.title(), mail.subject(), link);
			}
		}
		helper.setSubject(subject);
		helper.setText(body, false);
		return message;
	}

	private record Outgoing(long id, long advisoryId, long personId, String kind, @Nullable Long unitId,
			@Nullable Integer pending, @Nullable String email, String fullName, @Nullable String number, String title,
			String subject, String status) {

	}

}
