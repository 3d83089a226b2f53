package vn.canhgiac.app.reports;

/** What happened, in the reporter's words. */
public enum ReportCategory {

	/** Compromising (spliced) pictures and a demand for money. */
	EXTORTION_IMAGES,
	/** Someone posing as police, a bank, a relative or an official. */
	IMPERSONATION,
	/** A fake app or link that takes over a phone or account. */
	FAKE_APP,
	/** Investment, trading or "task" fraud. */
	INVESTMENT, OTHER

}
