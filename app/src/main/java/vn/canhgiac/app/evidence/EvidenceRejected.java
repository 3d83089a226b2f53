package vn.canhgiac.app.evidence;

/**
 * An upload was refused before anything was kept: too large, over the quota, empty, or
 * the store did not answer ({@link EvidenceUnavailable}). The messages are for the
 * uploader, in both languages.
 */
public class EvidenceRejected extends RuntimeException {

	private final String messageVi;

	EvidenceRejected(String messageVi, String messageEn) {
		super(messageEn);
		this.messageVi = messageVi;
	}

	public String messageVi() {
		return this.messageVi;
	}

	public String messageEn() {
		return getMessage();
	}

	static EvidenceRejected tooLarge(long maxBytes) {
		long mb = maxBytes / (1024 * 1024);
		return new EvidenceRejected("Tệp quá lớn (tối đa " + mb + " MB).",
				"The file is too large (" + mb + " MB at most).");
	}

	static EvidenceRejected quota() {
		return new EvidenceRejected("Bạn đã tải lên quá nhiều trong 24 giờ qua. Hãy thử lại sau hoặc liên hệ công an.",
				"You have uploaded too much in the last 24 hours. Try later or contact the police.");
	}

	static EvidenceRejected empty() {
		return new EvidenceRejected("Tệp trống.", "The file is empty.");
	}

}
