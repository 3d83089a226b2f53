package vn.canhgiac.engine.mail;

/**
 * A file carried by an e-mail, decoded, for the file checks. The content is kept out of
 * every serialised report: callers analyse it and report the result instead.
 *
 * @param fileName the name the sender gave, or {@code part-N} when none
 * @param mimeType the declared type (the file checks look at the content instead)
 * @param content the decoded bytes
 * @param inline whether it is shown in the body (an image of the message) rather than
 * attached
 */
public record MailAttachment(String fileName, String mimeType, byte[] content, boolean inline) {

}
