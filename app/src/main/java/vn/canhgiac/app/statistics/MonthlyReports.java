package vn.canhgiac.app.statistics;

import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.accounts.Role;
import vn.canhgiac.app.audit.AuditTrail;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.platform.CanhGiacProperties;

/**
 * Monthly reports: generated on demand by a leader or police administrator, and on the
 * first of each month for the month before by whichever node runs the job first (a
 * transaction-scoped advisory lock and a unique index make it once), stored, and e-mailed
 * to the leaders when SMTP is configured. Every generation and download is audited.
 */
@Service
public class MonthlyReports {

	private static final Logger log = LoggerFactory.getLogger(MonthlyReports.class);

	private static final long JOB_LOCK = 0x57a7_0001L;

	private final MonthlyReportRenderer renderer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final AccountManagement accounts;

	private final ObjectProvider<JavaMailSender> mail;

	private final CanhGiacProperties canhgiac;

	private final Statistics statistics;

	MonthlyReports(MonthlyReportRenderer renderer, JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit,
			AccountManagement accounts, ObjectProvider<JavaMailSender> mail, CanhGiacProperties canhgiac,
			Statistics statistics) {
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.accounts = accounts;
		this.mail = mail;
		this.canhgiac = canhgiac;
		this.statistics = statistics;
	}

	/**
	 * A stored report.
	 *
	 * @param scheduled made by the monthly job (else on demand)
	 * @param generatedBy the username, or {@code system}
	 */
	public record Stored(long id, YearMonth month, boolean scheduled, Instant generatedAt, String generatedBy,
			String sha256, int size, int mailedTo) {

		public java.time.LocalDateTime generatedAtLocal() {
			return java.time.LocalDateTime.ofInstant(this.generatedAt, Period.ZONE);
		}

	}

	/** The PDF of a month, not stored (the command line). */
	public byte[] render(YearMonth month) throws IOException {
		return this.renderer.render(month);
	}

	/** Generates and stores the report of {@code month} for a user; returns its id. */
	public long generate(YearMonth month, AuthenticatedPerson user) throws IOException {
		if (month.isAfter(YearMonth.from(this.statistics.today()))) {
			throw new IllegalArgumentException("future");
		}
		byte[] pdf = this.renderer.render(month);
		long id = store(month, false, user.username(), pdf);
		this.audit.record(user, "statistics.monthly.generate", "monthly_report", Long.toString(id));
		return id;
	}

	/**
	 * The job: the report of last month, once across all nodes, if it is not stored yet.
	 * Runs every day at the configured hour, so a node that was down on the first still
	 * catches up.
	 */
	@Scheduled(cron = "${canhgiac.statistics.monthly-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	public void scheduled() {
		runScheduled(YearMonth.from(this.statistics.today()).minusMonths(1));
	}

	/**
	 * Generates, stores and mails the scheduled report of {@code month}; empty if it
	 * exists.
	 */
	public Optional<Long> runScheduled(YearMonth month) {
		Long id = this.transactions.execute((status) -> {
			boolean locked = Boolean.TRUE.equals(
					this.jdbc.sql("select pg_try_advisory_xact_lock(?)").param(JOB_LOCK).query(Boolean.class).single());
			if (!locked || this.jdbc.sql("select exists (select 1 from monthly_report where month = ? and scheduled)")
				.param(Date.valueOf(month.atDay(1)))
				.query(Boolean.class)
				.single()) {
				return null;
			}
			try {
				long stored = store(month, true, "system", this.renderer.render(month));
				this.audit.record(null, "statistics.monthly.generate", "monthly_report", Long.toString(stored));
				return stored;
			}
			catch (IOException ex) {
				throw new IllegalStateException("monthly report of " + month + " failed", ex);
			}
		});
		if (id != null) {
			int mailed = mailToLeaders(id, month);
			this.jdbc.sql("update monthly_report set mailed_to = ? where id = ?").params(mailed, id).update();
		}
		return Optional.ofNullable(id);
	}

	public List<Stored> list() {
		return this.jdbc.sql("""
				select id, month, scheduled, generated_at, generated_by, sha256, length(pdf) size, mailed_to
				from monthly_report order by month desc, generated_at desc limit 120""")
			.query((rs, i) -> new Stored(rs.getLong("id"), YearMonth.from(rs.getDate("month").toLocalDate()),
					rs.getBoolean("scheduled"), rs.getTimestamp("generated_at").toInstant(),
					rs.getString("generated_by"), rs.getString("sha256"), rs.getInt("size"), rs.getInt("mailed_to")))
			.list();
	}

	/** The stored PDF, audited as a download. */
	public Optional<byte[]> download(long id, AuthenticatedPerson user) {
		Optional<byte[]> pdf = pdf(id);
		pdf.ifPresent(
				(bytes) -> this.audit.record(user, "statistics.monthly.download", "monthly_report", Long.toString(id)));
		return pdf;
	}

	Optional<byte[]> pdf(long id) {
		return this.jdbc.sql("select pdf from monthly_report where id = ?").param(id).query(byte[].class).optional();
	}

	public @Nullable YearMonth monthOf(long id) {
		return this.jdbc.sql("select month from monthly_report where id = ?")
			.param(id)
			.query((rs, i) -> YearMonth.from(rs.getDate(1).toLocalDate()))
			.optional()
			.orElse(null);
	}

	private long store(YearMonth month, boolean scheduled, String by, byte[] pdf) {
		return this.jdbc.sql("""
				insert into monthly_report (month, scheduled, generated_at, generated_by, pdf, sha256)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(Date.valueOf(month.atDay(1)), scheduled, Timestamp.from(Instant.now()), by, pdf, sha256(pdf))
			.query(Long.class)
			.single();
	}

	private int mailToLeaders(long id, YearMonth month) {
		JavaMailSender sender = this.mail.getIfAvailable();
		List<String> leaders = this.accounts.emailsOfRole(Role.LEADER);
		if (sender == null || leaders.isEmpty()) {
			return 0;
		}
		byte[] pdf = pdf(id).orElseThrow();
		String label = "%02d/%d".formatted(month.getMonthValue(), month.getYear());
		int sent = 0;
		for (String to : leaders) {
			try {
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
				helper.setTo(to);
				helper.setSubject("[Cảnh Giác] Báo cáo tháng " + label);
				helper.setText("""
						Kính gửi lãnh đạo,

						Báo cáo tình hình lừa đảo, tống tiền bằng hình ảnh cắt ghép tháng %s được gửi kèm (PDF).
						Báo cáo chỉ có số liệu tổng hợp, không có thông tin cá nhân của nạn nhân.
						Xem bảng số liệu và biểu đồ: %s/stats

						---
						The monthly report for %s is attached (figures only).
						""".formatted(label, this.canhgiac.portalBase(), label));
				helper.addAttachment("bao-cao-thang-" + month + ".pdf", () -> new java.io.ByteArrayInputStream(pdf),
						"application/pdf");
				sender.send(message);
				sent++;
			}
			catch (MessagingException | MailException ex) {
				log.warn("Monthly report {} could not be mailed: {}", id, ex.getClass().getSimpleName());
			}
		}
		return sent;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
