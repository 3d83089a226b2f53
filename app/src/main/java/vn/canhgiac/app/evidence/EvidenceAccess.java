package vn.canhgiac.app.evidence;

/**
 * Why evidence bytes were read. Every read is logged with who and why.
 */
public enum EvidenceAccess {

	/** A blurred, metadata-free rendering was shown. */
	VIEW_BLURRED,
	/** Someone chose to see the unblurred picture. */
	REVEAL,
	/** The original was downloaded. */
	DOWNLOAD,
	/** A background analysis read the original. */
	ANALYSE

}
