package vn.canhgiac.app.directory;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * Validation of the e-mail addresses and phone numbers kept for people, so reminders and
 * escalations reach them.
 */
final class ContactDetails {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private ContactDetails() {
	}

	static boolean isEmail(String value) {
		return value.length() <= 254 && EMAIL.matcher(value).matches();
	}

	/**
	 * A Vietnamese (or international, with +) number in E.164, if it is a valid number.
	 */
	static Optional<String> phoneE164(String value) {
		PhoneNumberUtil util = PhoneNumberUtil.getInstance();
		try {
			var number = util.parse(value, "VN");
			return util.isValidNumber(number) ? Optional.of(util.format(number, PhoneNumberFormat.E164))
					: Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
