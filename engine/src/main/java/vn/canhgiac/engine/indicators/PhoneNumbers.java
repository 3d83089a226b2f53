package vn.canhgiac.engine.indicators;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * E.164 for numbers written the Vietnamese way: national with a leading 0, with 84 or +84
 * in front (with or without the "(0)"), 00-prefixed international, or + and a foreign
 * country code. Validity is libphonenumber's, so a date or a reference of the right
 * length that no operator would issue is not a phone.
 */
final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/**
	 * @param digits the digits as written, without separators
	 * @param plus whether a "+" was written in front
	 */
	static @Nullable String toE164(String digits, boolean plus) {
		if (digits.length() < 8 || digits.length() > 15) {
			return null;
		}
		String international;
		if (plus) {
			international = digits.startsWith("840") ? "84" + digits.substring(3) : digits;
		}
		else if (digits.startsWith("00")) {
			international = digits.substring(2);
		}
		else if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
			international = digits.startsWith("840") ? "84" + digits.substring(3) : digits;
		}
		else if (digits.startsWith("0") || digits.startsWith("1800") || digits.startsWith("1900")) {
			return parse(digits, "VN");
		}
		else {
			return null;
		}
		return parse("+" + international, "ZZ");
	}

	private static @Nullable String parse(String number, String region) {
		try {
			PhoneNumber parsed = UTIL.parse(number, region);
			if (!UTIL.isValidNumber(parsed)) {
				return null;
			}
			return UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

}
