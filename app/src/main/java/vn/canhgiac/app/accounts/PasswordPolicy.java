package vn.canhgiac.app.accounts;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.canhgiac.app.platform.CanhGiacProperties;

/**
 * The rules for a new password (NIST SP 800-63B, OWASP ASVS 5.0 §6.2): 8–128 characters,
 * no composition rules, not a common or breached password, and not easy to guess by the
 * strength estimate (which knows Vietnamese words, names, places and dates). Passwords
 * are NFC-normalised first so that a Vietnamese passphrase typed on different keyboards
 * (composed or decomposed diacritics) is the same password.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private final CanhGiacProperties properties;

	private final CommonPasswords common;

	private final PwnedPasswordsRange pwned;

	private final PasswordStrengthEstimator estimator;

	PasswordPolicy(CanhGiacProperties properties, CommonPasswords common, PwnedPasswordsRange pwned,
			PasswordStrengthEstimator estimator) {
		this.properties = properties;
		this.common = common;
		this.pwned = pwned;
		this.estimator = estimator;
	}

	public static String normalize(String password) {
		return Normalizer.normalize(password, Normalizer.Form.NFC);
	}

	/**
	 * Why the password is refused, in Vietnamese and English, or empty if it is
	 * acceptable.
	 */
	public Optional<String[]> problem(String rawPassword) {
		return problem(rawPassword, List.of());
	}

	/**
	 * Why the password is refused, in Vietnamese and English, or empty if it is
	 * acceptable.
	 * @param personalWords login name, name and unit of the person: a password built from
	 * them is easy to guess for anyone who knows them
	 */
	public Optional<String[]> problem(String rawPassword, Collection<String> personalWords) {
		String password = normalize(rawPassword);
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional
				.of(new String[] { "Mật khẩu cần ít nhất 8 ký tự.", "The password needs 8 characters or more." });
		}
		if (length > MAX_LENGTH) {
			return Optional
				.of(new String[] { "Mật khẩu dài tối đa 128 ký tự.", "The password is limited to 128 characters." });
		}
		if (isRefusedDemoPassword(password)) {
			return Optional.of(new String[] { "Không được dùng mật khẩu demo ở chế độ vận hành.",
					"The demo password may not be used in production mode." });
		}
		if (this.properties.isDemo() && password.equals(normalize(this.properties.demoPassword()))) {
			// The demo accounts' published password; production refuses it above.
			return Optional.empty();
		}
		if (this.common.contains(password)) {
			return Optional.of(new String[] { "Mật khẩu này nằm trong danh sách mật khẩu phổ biến hoặc đã bị lộ.",
					"This password is on the list of common or leaked passwords." });
		}
		if (!this.estimator.estimate(password, personalWords).acceptable()) {
			return Optional.of(new String[] { "Mật khẩu quá dễ đoán. Hãy dùng một câu dài gồm vài từ ít gặp.",
					"This password is too easy to guess. Use a long phrase of a few uncommon words." });
		}
		if (this.pwned.isBreached(password)) {
			return Optional.of(new String[] { "Mật khẩu này đã xuất hiện trong các vụ lộ dữ liệu.",
					"This password has appeared in data breaches." });
		}
		return Optional.empty();
	}

	/**
	 * The demo password is public (it is in the README), so production refuses it
	 * everywhere.
	 */
	boolean isRefusedDemoPassword(String rawPassword) {
		return !this.properties.isDemo() && normalize(rawPassword).equals(normalize(this.properties.demoPassword()));
	}

}
