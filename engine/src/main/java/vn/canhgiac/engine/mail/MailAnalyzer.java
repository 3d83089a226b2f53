package vn.canhgiac.engine.mail;

import java.util.ArrayList;
import java.util.List;

import org.apache.james.mime4j.dom.address.Mailbox;
import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.Signal;

/**
 * Reads an {@code .eml} message within {@link MailLimits} and checks its sender, its
 * authentication results and its links. The body text and the attachments are returned
 * for the message and file checks; nothing the message links to or references is fetched.
 */
public final class MailAnalyzer {

	private final MailReader reader;

	public MailAnalyzer(MailLimits limits) {
		this.reader = new MailReader(limits);
	}

	public MailAnalyzer() {
		this(MailLimits.defaults());
	}

	/**
	 * @throws vn.canhgiac.engine.InputRejected when the message is too large, too deeply
	 * nested, has too many parts or cannot be read as an e-mail
	 */
	public MailReport analyze(byte[] eml) {
		ParsedMail mail = this.reader.read(eml);
		Mailbox from = Addresses.mailbox(mail.from);
		Mailbox replyTo = Addresses.mailbox(mail.replyTo);
		Mailbox returnPath = Addresses.mailbox(stripAngles(mail.returnPath));
		String html = mail.html.toString();
		String plain = mail.plainText.toString();
		List<MailLink> links = LinkChecks.links(plain, html);
		List<Signal> signals = new ArrayList<>();
		signals.addAll(SenderChecks.check(from, replyTo, returnPath));
		signals.addAll(AuthenticationChecks.check(mail.authenticationResults));
		signals.addAll(LinkChecks.check(links));
		String body = plain.isBlank() ? LinkChecks.htmlText(html) : plain;
		String fromName = (from != null && from.getName() != null) ? MailReader.decode(from.getName()) : "";
		return new MailReport(fromName, Addresses.address(from), nullIfEmpty(Addresses.address(replyTo)),
				nullIfEmpty(Addresses.address(returnPath)), mail.subject, signals, body.strip(), links,
				mail.attachments, mail.nestedMessages);
	}

	private static @Nullable String stripAngles(@Nullable String value) {
		return (value != null) ? value.strip().replaceAll("^<(.*)>$", "$1") : null;
	}

	private static @Nullable String nullIfEmpty(String value) {
		return value.isEmpty() ? null : value;
	}

}
