package vn.canhgiac.app.backup;

/**
 * A backup or restore step failed; the messages are for the operator, in both languages.
 */
class BackupFailed extends RuntimeException {

	private final String messageVi;

	BackupFailed(String messageVi, String messageEn) {
		super(messageEn);
		this.messageVi = messageVi;
	}

	String messageVi() {
		return this.messageVi;
	}

}
