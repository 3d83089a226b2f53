package vn.canhgiac.engine.mail;

import vn.canhgiac.engine.InputRejected;

/** The plain-language refusals of an e-mail that cannot be read safely. */
final class Rejections {

	private Rejections() {
	}

	static InputRejected tooLarge(long maxBytes) {
		return new InputRejected("too_large", "Thư điện tử quá lớn (tối đa " + maxBytes / (1024 * 1024) + " MB).",
				"The e-mail is too large (at most " + maxBytes / (1024 * 1024) + " MB is accepted).");
	}

	static InputRejected tooManyParts(int maxParts) {
		return new InputRejected("mime_bomb",
				"Thư có quá nhiều phần (tối đa " + maxParts + "), có thể là thư phá hoại.",
				"The e-mail has too many MIME parts (at most " + maxParts
						+ " are accepted); it looks like a MIME bomb.");
	}

	static InputRejected tooDeep(int maxNesting) {
		return new InputRejected("mime_bomb", "Thư lồng nhau quá sâu (tối đa " + maxNesting + " cấp).",
				"The e-mail is nested too deeply (at most " + maxNesting + " levels are accepted).");
	}

	static InputRejected headerTooLong(int maxHeaderLength) {
		return new InputRejected("header_too_long", "Thư có dòng tiêu đề quá dài.",
				"The e-mail has a header field longer than " + maxHeaderLength + " bytes; a .eml message is expected.");
	}

	static InputRejected malformed() {
		return new InputRejected("malformed", "Không đọc được thư điện tử; cần tệp .eml hợp lệ.",
				"The e-mail could not be read; a valid .eml message (RFC 5322) is expected.");
	}

}
