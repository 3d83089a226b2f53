package vn.canhgiac.engine.files;

import java.util.ArrayList;
import java.util.List;

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

	static void inspect(byte[] bytes, Inspection inspection) {
		MailLimits limits = new MailLimits(inspection.limits.maxBytes(), 500, 10, 64 * 1024);
		MailReport mail = new MailAnalyzer(limits).analyze(bytes);
		Findings findings = inspection.findings;
		mail.signals().forEach((signal) -> findings.add("phishing", signal));
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
