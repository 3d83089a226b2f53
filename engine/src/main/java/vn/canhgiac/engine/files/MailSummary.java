package vn.canhgiac.engine.files;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The envelope of a checked e-mail, as shown to the person who reported it.
 *
 * @param fromName display name of the sender
 * @param fromAddress the sender's address
 * @param replyTo where answers go, when it is set
 * @param returnPath where bounces go, when it is set
 * @param subject the subject line
 * @param links the body's links as {@code shown text -> target}
 * @param nestedMessages attached or forwarded messages it carries
 */
public record MailSummary(String fromName, String fromAddress, @Nullable String replyTo, @Nullable String returnPath,
		String subject, List<String> links, int nestedMessages) {

}
