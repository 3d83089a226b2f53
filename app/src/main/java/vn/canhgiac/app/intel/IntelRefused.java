package vn.canhgiac.app.intel;

/** An officer's action that is not allowed, with the reason in both languages. */
public class IntelRefused extends RuntimeException {

	private final String messageVi;

	private final String messageEn;

	public IntelRefused(String messageVi, String messageEn) {
		super(messageEn);
		this.messageVi = messageVi;
		this.messageEn = messageEn;
	}

	public String messageVi() {
		return this.messageVi;
	}

	public String messageEn() {
		return this.messageEn;
	}

}
