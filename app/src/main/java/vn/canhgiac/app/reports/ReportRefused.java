package vn.canhgiac.app.reports;

/**
 * A report that cannot be accepted as filled in, with what to do, in Vietnamese and
 * English. Nothing was stored.
 */
public class ReportRefused extends RuntimeException {

	private final String messageVi;

	private final String messageEn;

	public ReportRefused(String messageVi, String messageEn) {
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
