package vn.canhgiac.engine.mail;

/**
 * Bounds on what an e-mail may contain before it is refused as a bomb; checked while
 * streaming, so a message is never held in memory as a tree of parts.
 *
 * @param maxBytes largest accepted message
 * @param maxParts most body parts, counting those of attached messages
 * @param maxNesting deepest nesting of multiparts and attached messages
 * @param maxHeaderLength longest single header field, in bytes
 */
public record MailLimits(long maxBytes, int maxParts, int maxNesting, int maxHeaderLength) {

	public MailLimits {
		if (maxBytes <= 0 || maxParts <= 0 || maxNesting <= 0 || maxHeaderLength <= 0) {
			throw new IllegalArgumentException("mail limits must be positive");
		}
	}

	/** 50 MB, 500 parts, 10 levels, 64 KB per header. */
	public static MailLimits defaults() {
		return new MailLimits(50L * 1024 * 1024, 500, 10, 64 * 1024);
	}

}
