package vn.canhgiac.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The canonical form of an entry and its SHA-256: the fields joined by U+001F (unit
 * separator) in a fixed order, UTF-8, then hashed. One instance reuses its digest and
 * buffer, so the verifier hashes a million entries without garbage; not thread-safe.
 */
final class AuditHash {

	private static final char SEPARATOR = '\u001f';

	private static final HexFormat HEX = HexFormat.of();

	private final MessageDigest sha256;

	private final StringBuilder line = new StringBuilder(512);

	AuditHash() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The hex SHA-256 of one entry's canonical line. */
	String hash(long seq, long epochSecond, int nano, @Nullable Long actorId, String actorName, String actorRoles,
			String action, String objectType, String objectId, @Nullable String caseRef, String details,
			String prevHash) {
		StringBuilder text = this.line;
		text.setLength(0);
		text.append(seq).append(SEPARATOR).append(epochSecond).append(SEPARATOR).append(nano).append(SEPARATOR);
		if (actorId != null) {
			text.append(actorId.longValue());
		}
		text.append(SEPARATOR)
			.append(actorName)
			.append(SEPARATOR)
			.append(actorRoles)
			.append(SEPARATOR)
			.append(action)
			.append(SEPARATOR)
			.append(objectType)
			.append(SEPARATOR)
			.append(objectId)
			.append(SEPARATOR);
		if (caseRef != null) {
			text.append(caseRef);
		}
		text.append(SEPARATOR).append(details).append(SEPARATOR).append(prevHash);
		return HEX.formatHex(this.sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

}
