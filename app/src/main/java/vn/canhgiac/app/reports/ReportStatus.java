package vn.canhgiac.app.reports;

/** What the reporter sees of the case's progress. */
public enum ReportStatus {

	RECEIVED, IN_PROGRESS, REFERRED, CLOSED

}
