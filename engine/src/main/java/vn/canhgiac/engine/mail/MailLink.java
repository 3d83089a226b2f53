package vn.canhgiac.engine.mail;

/**
 * A link in the body: what the reader sees and where it really goes.
 *
 * @param text the visible text (the address itself for a plain-text link)
 * @param href the target, as written
 */
public record MailLink(String text, String href) {

}
