package vn.canhgiac.app.accounts;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Passwords nobody may choose: the 10,000 most common passwords of a billion leaked
 * credentials (ignis-sec/Pwdb-Public, MIT) and our own Vietnamese list. Compared in lower
 * case and with Vietnamese diacritics folded, the way a cracker would try them.
 */
@Component
class CommonPasswords {

	private final Set<String> passwords = new HashSet<>();

	CommonPasswords() {
		this.passwords.addAll(PasswordStrengthEstimator.words("common-10k"));
		this.passwords.addAll(PasswordStrengthEstimator.words("vi-phrases"));
	}

	boolean contains(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		return this.passwords.contains(lower)
				|| this.passwords.contains(PasswordStrengthEstimator.fold(lower).toLowerCase(Locale.ROOT));
	}

}
