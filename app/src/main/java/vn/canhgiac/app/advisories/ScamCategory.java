package vn.canhgiac.app.advisories;

/**
 * The kind of scam an advisory warns about (labels in the advisories message bundle).
 */
public enum ScamCategory {

	/** Spliced compromising pictures sent with a demand for money. */
	SPLICED_IMAGE_EXTORTION,
	/** Callers or messages pretending to be police, prosecutors, tax or other offices. */
	IMPERSONATING_AUTHORITIES,
	/** Links, fake log-in pages, OTP theft. */
	PHISHING,
	/** Fake apps and malware on phones. */
	MALICIOUS_APPS,
	/** Investment, jobs, "tasks" online. */
	INVESTMENT_AND_JOBS, OTHER

}
