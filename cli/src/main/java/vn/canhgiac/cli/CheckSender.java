package vn.canhgiac.cli;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.text.SenderKind;

/**
 * The words of {@code --sender} and of a batch line's {@code "sender"}: who the message
 * came from as the recipient saw it. Absent means unknown, so requests written before the
 * option existed are judged as before.
 */
final class CheckSender {

	static final String WORDS = "brandname|shortcode|personal|unknown";

	private CheckSender() {
	}

	static SenderKind parse(@Nullable String word) {
		if (word == null) {
			return SenderKind.UNKNOWN;
		}
		return switch (word.strip().toLowerCase(Locale.ROOT)) {
			case "brandname" -> SenderKind.BRANDNAME;
			case "shortcode" -> SenderKind.SHORTCODE;
			case "personal" -> SenderKind.PERSONAL_NUMBER;
			case "unknown" -> SenderKind.UNKNOWN;
			default -> throw unknownWord();
		};
	}

	/**
	 * The {@code "sender"} of a batch line, or {@code fallback} (the command's
	 * {@code --sender}) when the line has none.
	 */
	static SenderKind of(JsonNode request, SenderKind fallback) {
		JsonNode node = request.get("sender");
		if (node == null || node.isNull()) {
			return fallback;
		}
		if (!node.isString()) {
			throw unknownWord();
		}
		return parse(node.stringValue());
	}

	private static InputRejected unknownWord() {
		return new InputRejected("bad_sender",
				"Nguồn tin nhắn không hợp lệ: dùng một trong " + WORDS
						+ " (tên thương hiệu, đầu số ngắn, số điện thoại thường, không rõ).",
				"Unknown sender: use one of " + WORDS + " (brand name, short code, ordinary phone number, not known).");
	}

}
