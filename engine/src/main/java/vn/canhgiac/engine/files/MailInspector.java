package vn.canhgiac.engine.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.IndicatorType;
import vn.canhgiac.engine.mail.MailAnalyzer;
import vn.canhgiac.engine.mail.MailAttachment;
import vn.canhgiac.engine.mail.MailLimits;
import vn.canhgiac.engine.mail.MailLink;
import vn.canhgiac.engine.mail.MailReport;

/**
 * E-mails: the header and link checks of the mail engine, the body through the message
 * checks, every link through the link checks and every attachment as a file of its own.
 */
final class MailInspector {

	private MailInspector() {
	}

	/**
	 * The sender's address is an indicator; its domain goes through the look-alike checks
	 * ({@code vietcombank-support.com}), whose link indicator is not kept since nobody
	 * wrote that link.
	 */
	private static void sender(String address, Inspection inspection) {
		int at = address.lastIndexOf('@');
		if (at < 0) {
			return;
		}
		inspection.findings.indicator(email(address));
		inspection.checkDomain(address.substring(at + 1));
	}

	private static Indicator email(String address) {
		return new Indicator(IndicatorType.EMAIL, address, address.toLowerCase(Locale.ROOT), null, null);
	}

	static void inspect(byte[] bytes, Inspection inspection) {
		MailLimits limits = new MailLimits(inspection.limits.maxBytes(), 500, 10, 64 * 1024);
		MailReport mail = new MailAnalyzer(limits).analyze(bytes);
		Findings findings = inspection.findings;
		mail.signals().forEach((signal) -> findings.add("phishing", signal));
		sender(mail.fromAddress(), inspection);
		if (mail.replyTo() != null) {
			findings.indicator(email(mail.replyTo()));
		}
		List<String> links = new ArrayList<>();
		for (MailLink link : mail.links()) {
			links.add(link.text().equals(link.href()) ? link.href() : link.text() + " -> " + link.href());
			inspection.checkLink(link.href());
		}
		findings.mail = new MailSummary(mail.fromName(), mail.fromAddress(), mail.replyTo(), mail.returnPath(),
				mail.subject(), links, mail.nestedMessages());
		String text = mail.subject().isBlank() ? mail.bodyText() : mail.subject() + "\n" + mail.bodyText();
		inspection.checkText(text);
		for (MailAttachment attachment : mail.attachments()) {
			findings.entries.add(inspection.nested(attachment.content(), attachment.fileName()));
		}
	}

}
