package vn.canhgiac.engine.mail;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What one streaming pass over a message collects; filled by {@link MailReader}. */
final class ParsedMail {

	@Nullable String from;

	@Nullable String replyTo;

	@Nullable String returnPath;

	String subject = "";

	final List<String> authenticationResults = new ArrayList<>();

	final StringBuilder plainText = new StringBuilder();

	final StringBuilder html = new StringBuilder();

	final List<MailAttachment> attachments = new ArrayList<>();

	int nestedMessages;

	int headerCount;

}
