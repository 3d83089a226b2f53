package vn.canhgiac.app.cases;

/** An action on a case that is not allowed as asked, with what to do instead. */
public class CaseRefused extends RuntimeException {

	private final String messageVi;

	private final String messageEn;

	public CaseRefused(String messageVi, String messageEn) {
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
