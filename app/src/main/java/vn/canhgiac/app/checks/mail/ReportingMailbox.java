package vn.canhgiac.app.checks.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.checks.CheckManagement;
import vn.canhgiac.app.checks.ContentCheck;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.Person;
import vn.canhgiac.app.platform.ScheduledJobs;

/**
 * "Report phishing" by forwarding: polls the reporting mailbox, checks each e-mail a
 * member of staff forwarded (the attached original when there is one, otherwise the
 * forward itself), files the result under them and replies with the verdict and advice.
 * Senders who are not staff get no reply, so the mailbox cannot be used to send mail to
 * strangers.
 */
@Component
@ConditionalOnProperty(name = "canhgiac.reporting-mailbox.enabled", havingValue = "true")
@EnableConfigurationProperties(ReportingMailboxProperties.class)
class ReportingMailbox {

	private static final Logger log = LoggerFactory.getLogger(ReportingMailbox.class);

	private final ReportingMailboxProperties properties;

	private final DirectoryManagement directory;

	private final AccountManagement accounts;

	private final CheckManagement checks;

	private final JavaMailSender mailSender;

	private final JdbcClient jdbc;

	private final ScheduledJobs jobs;

	ReportingMailbox(ReportingMailboxProperties properties, DirectoryManagement directory, AccountManagement accounts,
			CheckManagement checks, JavaMailSender mailSender, JdbcClient jdbc, ScheduledJobs jobs) {
		this.jobs = jobs;
		this.properties = properties;
		this.directory = directory;
		this.accounts = accounts;
		this.checks = checks;
		this.mailSender = mailSender;
		this.jdbc = jdbc;
	}

	@Scheduled(initialDelayString = "PT5S", fixedDelayString = "${canhgiac.reporting-mailbox.poll-interval:PT30S}")
	void poll() {
		// One node reads the mailbox at a time; forwarded_mail still answers each message
		// once.
		this.jobs.runOnce("checks.reporting-mailbox", this.properties.pollInterval(), this::pollNow);
	}

	private void pollNow() {
		Properties props = new Properties();
		String protocol = this.properties.ssl() ? "imaps" : "imap";
		props.put("mail.store.protocol", protocol);
		props.put("mail." + protocol + ".connectiontimeout", "10000");
		props.put("mail." + protocol + ".timeout", "30000");
		try (Store store = Session.getInstance(props).getStore(protocol)) {
			store.connect(this.properties.host(), this.properties.port(), this.properties.username(),
					this.properties.password());
			try (Folder inbox = store.getFolder("INBOX")) {
				inbox.open(Folder.READ_WRITE);
				for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
					handle((MimeMessage) message);
					message.setFlag(Flags.Flag.SEEN, true);
				}
			}
		}
		catch (MessagingException ex) {
			log.warn("Reporting mailbox {}:{} could not be polled: {}", this.properties.host(), this.properties.port(),
					ex.getClass().getSimpleName());
		}
	}

	private void handle(MimeMessage message) {
		try {
			String key = messageKey(message);
			if (!claim(key)) {
				return;
			}
			Optional<String> sender = senderAddress(message);
			Optional<Person> person = sender.flatMap(this.directory::personByEmail);
			Optional<Long> account = person.flatMap((p) -> this.accounts.accountOfPerson(p.id()));
			if (sender.isEmpty() || account.isEmpty()) {
				log.info("Forwarded message from an address that is not staff ignored");
				return;
			}
			if (message.getSize() > this.properties.maxMessageBytes()) {
				reply(sender.get(), "[Cảnh Giác] Email quá lớn / too large",
						ReplyText.failedBody("email quá lớn để kiểm tra qua hộp thư.", "the message is too large."));
				return;
			}
			ContentCheck check = this.checks.checkForwardedMail(original(message), account.get());
			this.jdbc.sql("update forwarded_mail set account_id = ?, check_id = ? where message_key = ?")
				.params(account.get(), check.id(), key)
				.update();
			if (check.verdict() == null) {
				reply(sender.get(), "[Cảnh Giác] Không kiểm tra được / could not check",
						ReplyText.failedBody(String.valueOf(check.errorVi()), String.valueOf(check.errorEn())));
			}
			else {
				reply(sender.get(), ReplyText.subject(check), ReplyText.body(check, this.properties.portalUrl()));
			}
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			log.warn("A forwarded message could not be handled: {}", ex.getClass().getSimpleName());
		}
	}

	/** Each message is handled once, whichever node sees it first. */
	private boolean claim(String key) {
		return this.jdbc.sql("insert into forwarded_mail (message_key) values (?) on conflict do nothing")
			.param(key)
			.update() == 1;
	}

	private static String messageKey(MimeMessage message) throws MessagingException {
		String id = message.getMessageID();
		if (id != null) {
			return id;
		}
		return "no-id:" + message.getSentDate() + ":" + message.getSubject();
	}

	private static Optional<String> senderAddress(MimeMessage message) throws MessagingException {
		Address[] from = message.getFrom();
		if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
			return Optional.empty();
		}
		return Optional.ofNullable(address.getAddress());
	}

	/**
	 * The e-mail to check: an attached {@code message/rfc822} (what "forward as
	 * attachment" makes, with the original headers), otherwise the forward itself.
	 */
	static byte[] original(MimeMessage message) throws MessagingException, IOException {
		// Parse a local copy of the whole message: over IMAP, nested parts are fetched as
		// bodies
		// without their headers, and the sender checks need those headers.
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		message.writeTo(raw);
		MimeMessage local = new MimeMessage(Session.getInstance(new Properties()),
				new java.io.ByteArrayInputStream(raw.toByteArray()));
		byte[] attached = attachedMessage(local, 0);
		return (attached != null) ? attached : raw.toByteArray();
	}

	private static byte @Nullable [] attachedMessage(Part part, int depth) throws MessagingException, IOException {
		if (depth > 5) {
			return null;
		}
		if (part.isMimeType("message/rfc822")) {
			try (InputStream in = part.getInputStream()) {
				return in.readAllBytes();
			}
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < Math.min(multipart.getCount(), 100); i++) {
				byte[] found = attachedMessage(multipart.getBodyPart(i), depth + 1);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private void reply(String to, String subject, String body) {
		SimpleMailMessage reply = new SimpleMailMessage();
		reply.setFrom(this.properties.address());
		reply.setTo(to);
		reply.setSubject(subject);
		reply.setText(body);
		this.mailSender.send(reply);
	}

}
