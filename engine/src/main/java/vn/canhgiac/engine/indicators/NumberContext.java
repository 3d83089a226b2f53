package vn.canhgiac.engine.indicators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words just before a number say it is. The nearest keyword wins: in "mã OTP
 * 123456, LH 0912345678" the second number follows "LH", not "OTP".
 */
enum NumberContext {

	NONE(null),

	PHONE("sdt|so dien thoai|dien thoai|so dt|dt|dtdd|lh|lien he|goi|goi ngay|goi den|hotline|phone|tel|call|mobile"
			+ "|di dong|whatsapp|viber|telegram|sms|nhan tin|contact"),

	ZALO("zalo|zl|za lo|zalo\\s*/\\s*sdt|sdt\\s*/\\s*zalo|zalo\\s*/\\s*dt"),

	/** Words that name an account number outright. */
	ACCOUNT("stk|so tk|so tai khoan|tai khoan so|tk so|tk|tai khoan|a/c|acc|account|acct|ctk|chu tk|chu tai khoan"
			+ "|account number|acc no|so the"),

	/** Words that name a payment; an account only when a bank is named too. */
	PAYMENT("ck|chuyen khoan|chuyen tien|chuyen vao|nop tien|nop vao|thu huong|nguoi nhan|ngan hang|bank|nh"),

	NOT_A_CONTACT("otp|ma|code|pin|mat khau|mk|password|cccd|cmnd|can cuoc|dinh danh|mst|ma so thue|tax|ref|mgd|ma gd"
			+ "|giao dich|gd|so gd|trace|van don|ma don|don hang|tracking|bien so|bien kiem soat|so ho so|ho so"
			+ "|quyet dinh|qd|so hieu|hop dong|so hd|so du|sd|id|ma kh|khach hang|hoa don|so phieu|lenh|vu an"
			+ "|cong van|so cv|bhxh|so bhxh|so the bhxh|ma the|passport|ho chieu|imei"
			+ "|serial|ma bao mat|ma xac thuc|ma xac minh|verification|so lo|ma so|ma hs|ma vach|balance|bal");

	private static final int WINDOW = 32;

	private final Pattern words;

	NumberContext(String words) {
		this.words = (words != null) ? Pattern.compile("(?<![\\p{L}\\d])(?:" + words + ")(?![\\p{L}\\d])") : null;
	}

	/**
	 * The context of a number starting at {@code position} of a {@link PlainLetters}
	 * text.
	 */
	static NumberContext before(String plain, int position) {
		int from = Math.max(0, position - WINDOW);
		String window = plain.substring(from, position);
		NumberContext nearest = NONE;
		int nearestEnd = -1;
		for (NumberContext context : values()) {
			if (context.words == null) {
				continue;
			}
			Matcher matcher = context.words.matcher(window);
			while (matcher.find()) {
				if (matcher.end() > nearestEnd || matcher.end() == nearestEnd && context == ZALO) {
					nearestEnd = matcher.end();
					nearest = context;
				}
			}
		}
		if (nearest != NONE && hasDigitsBetween(window, nearestEnd)) {
			// "STK 123456789, 0912345678": the keyword belongs to the first number.
			return NONE;
		}
		return nearest;
	}

	/** Whether a number is offered as a Zalo contact by words right after it. */
	static boolean zaloAfter(String plain, int end) {
		String window = plain.substring(end, Math.min(plain.length(), end + 12));
		return ZALO.words.matcher(window).find();
	}

	private static boolean hasDigitsBetween(String window, int from) {
		for (int i = from; i < window.length(); i++) {
			if (Character.isDigit(window.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
