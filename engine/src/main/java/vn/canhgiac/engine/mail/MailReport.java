package vn.canhgiac.engine.mail;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.Signal;

/**
 * What an e-mail says about itself and the warning signs in its headers and links. The
 * body text and attachments are handed on to the message and file checks.
 *
 * @param fromName the sender's display name, decoded
 * @param fromAddress the sender's address, lower case
 * @param replyTo the Reply-To address, if any
 * @param returnPath the Return-Path address, if any
 * @param subject the subject, decoded
 * @param signals warning signs from the headers and links
 * @param bodyText the readable text of the body (HTML reduced to text)
 * @param links the links of the body
 * @param attachments attached and inline files
 * @param nestedMessages how many attached or forwarded messages it carries
 */
public record MailReport(String fromName, String fromAddress, @Nullable String replyTo, @Nullable String returnPath,
		String subject, List<Signal> signals, String bodyText, List<MailLink> links, List<MailAttachment> attachments,
		int nestedMessages) {

	public MailReport {
		signals = List.copyOf(signals);
		links = List.copyOf(links);
		attachments = List.copyOf(attachments);
	}

}
