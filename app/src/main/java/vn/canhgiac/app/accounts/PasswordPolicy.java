package vn.canhgiac.app.accounts;

import java.text.Normalizer;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.canhgiac.app.platform.CanhGiacProperties;

/**
 * The baseline password rules (NIST SP 800-63B: length, no composition rules). Passwords
 * are NFC-normalised first so that a Vietnamese passphrase typed on different keyboards
 * (composed or decomposed diacritics) is the same password.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private final CanhGiacProperties properties;

	PasswordPolicy(CanhGiacProperties properties) {
		this.properties = properties;
	}

	public static String normalize(String password) {
		return Normalizer.normalize(password, Normalizer.Form.NFC);
	}

	/**
	 * Why the password is refused, in Vietnamese and English, or empty if it is
	 * acceptable.
	 */
	public Optional<String[]> problem(String rawPassword) {
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
