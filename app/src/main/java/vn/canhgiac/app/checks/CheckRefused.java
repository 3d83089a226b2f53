package vn.canhgiac.app.checks;

/**
 * A submission that cannot be checked as given, with the reason in both languages.
 */
public class CheckRefused extends RuntimeException {

	private final String messageVi;

	public CheckRefused(String messageVi, String messageEn) {
		super(messageEn);
		this.messageVi = messageVi;
	}

	public String messageVi() {
		return this.messageVi;
	}

	public String messageEn() {
		return getMessage();
	}

}
