package vn.canhgiac.app.audit;

import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed statement that the audit trail's entry {@code seq} has hash {@code hash}
 * (which covers every entry before it). Exported as one JSON line:
 * {@code {"seq":42,"hash":"…","at":"2026-11-28T14:00:00.123456Z","signature":"…"}}.
 *
 * @param seq the entry the checkpoint covers, with all entries before it
 * @param hash the hex SHA-256 of that entry (the chain head at signing time)
 * @param at when it was signed
 * @param signature base64 Ed25519 signature of {@link #signedText()}
 */
public record AuditCheckpoint(long seq, String hash, Instant at, String signature) {

	private static final Pattern LINE = Pattern.compile(
			"\\{\\s*\"seq\"\\s*:\\s*(\\d{1,19})\\s*,\\s*\"hash\"\\s*:\\s*\"([0-9a-f]{64})\"\\s*,\\s*\"at\"\\s*:\\s*\"([0-9T:.Z+-]{1,40})\"\\s*,\\s*\"signature\"\\s*:\\s*\"([A-Za-z0-9+/=]{1,200})\"\\s*}\\s*");

	/** The exact text that is signed. */
	public String signedText() {
		return signedText(this.seq, this.hash, this.at);
	}

	static String signedText(long seq, String hash, Instant at) {
		return "canhgiac-audit-checkpoint-v1\n" + seq + "\n" + hash + "\n" + at;
	}

	/**
	 * Whether the signature is this checkpoint's, made with the private half of the key.
	 * @param publicKey an Ed25519 public key, e.g. from
	 * {@link AuditCheckpoints#publicKeyPem()}
	 */
	public boolean verifiedBy(PublicKey publicKey) {
		return AuditSigningKey.verify(publicKey, signedText(), this.signature);
	}

	/** The checkpoint as one JSON line (without the line break). */
	public String toJson() {
		return "{\"seq\":" + this.seq + ",\"hash\":\"" + this.hash + "\",\"at\":\"" + this.at + "\",\"signature\":\""
				+ this.signature + "\"}";
	}

	/** Parses a line written by {@link #toJson()}; empty when it is not one. */
	public static Optional<AuditCheckpoint> parse(String line) {
		Matcher matcher = LINE.matcher(line);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new AuditCheckpoint(Long.parseLong(matcher.group(1)), matcher.group(2),
					Instant.parse(matcher.group(3)), matcher.group(4)));
		}
		catch (NumberFormatException | DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
