package vn.canhgiac.app.accounts;

/**
 * A new password breaks the password policy.
 */
public class PasswordRefused extends RuntimeException {

	private final String messageVi;

	PasswordRefused(String messageVi, String messageEn) {
		super(messageEn);
		this.messageVi = messageVi;
	}

	public String messageVi() {
		return this.messageVi;
	}

}
