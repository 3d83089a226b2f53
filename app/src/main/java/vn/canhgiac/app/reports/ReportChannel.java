package vn.canhgiac.app.reports;

/** How the criminal's message arrived. */
public enum ReportChannel {

	LETTER, SMS, ZALO, TELEGRAM, EMAIL, CALL, OTHER

}
