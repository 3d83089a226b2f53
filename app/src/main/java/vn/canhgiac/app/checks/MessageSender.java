package vn.canhgiac.app.checks;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a pasted message came from, as the person who received it saw it on the phone.
 * Only a hint for the analysis (a bank writing from an ordinary number is a warning
 * sign); a brand name can be faked by a fake base station, so no answer makes a message
 * safe. The words are those of the command line's {@code --sender}.
 */
public enum MessageSender {

	UNKNOWN("unknown"), BRANDNAME("brandname"), SHORTCODE("shortcode"), PERSONAL("personal");

	private final String wireName;

	MessageSender(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return this.wireName;
	}

	/**
	 * The answer to "where did it come from?", unknown when not given.
	 * @throws CheckRefused for any other word, before anything is stored
	 */
	public static MessageSender fromWireName(@Nullable String word) {
		if (word == null || word.isBlank()) {
			return UNKNOWN;
		}
		String wanted = word.strip().toLowerCase(Locale.ROOT);
		for (MessageSender sender : values()) {
			if (sender.wireName.equals(wanted)) {
				return sender;
			}
		}
		throw new CheckRefused(
				"Nguồn tin nhắn không hợp lệ. Hãy chọn: tên thương hiệu, đầu số ngắn, số điện thoại thường hoặc không rõ.",
				"Unknown message source. Choose: brand name, short code, ordinary phone number or not known.");
	}

}
