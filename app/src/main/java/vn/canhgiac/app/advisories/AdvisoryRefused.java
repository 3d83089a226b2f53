package vn.canhgiac.app.advisories;

/**
 * An advisory action that was refused, with a plain reason in both languages.
 */
public class AdvisoryRefused extends RuntimeException {

	/** What kind of refusal, for the HTTP status. */
	public enum Kind {

		NOT_FOUND, FORBIDDEN, INVALID

	}

	private final Kind kind;

	private final String messageVi;

	private final String messageEn;

	public AdvisoryRefused(Kind kind, String messageVi, String messageEn) {
		super(messageEn);
		this.kind = kind;
		this.messageVi = messageVi;
		this.messageEn = messageEn;
	}

	public Kind kind() {
		return this.kind;
	}

	public String messageVi() {
		return this.messageVi;
	}

	public String messageEn() {
		return this.messageEn;
	}

	static AdvisoryRefused notFound() {
		return new AdvisoryRefused(Kind.NOT_FOUND, "Không tìm thấy văn bản này.", "No such advisory.");
	}

	static AdvisoryRefused forbidden() {
		return new AdvisoryRefused(Kind.FORBIDDEN, "Bạn không có quyền làm việc này với văn bản này.",
				"You may not do this with this advisory.");
	}

	static AdvisoryRefused invalid(String vi, String en) {
		return new AdvisoryRefused(Kind.INVALID, vi, en);
	}

}
