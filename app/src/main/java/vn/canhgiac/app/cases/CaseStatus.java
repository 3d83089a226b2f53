package vn.canhgiac.app.cases;

import java.util.Set;

import vn.canhgiac.app.reports.ReportStatus;

/** Where a case stands. */
public enum CaseStatus {

	NEW, TRIAGED, INVESTIGATING, REFERRED, CLOSED;

	/** The moves an officer may make from here. */
	public Set<CaseStatus> next() {
		return switch (this) {
			case NEW -> Set.of(TRIAGED, INVESTIGATING, CLOSED);
			case TRIAGED -> Set.of(INVESTIGATING, REFERRED, CLOSED);
			case INVESTIGATING -> Set.of(REFERRED, CLOSED);
			case REFERRED -> Set.of(INVESTIGATING, CLOSED);
			case CLOSED -> Set.of(INVESTIGATING);
		};
	}

	public boolean open() {
		return this != CLOSED && this != REFERRED;
	}

	/** What the reporter is told. */
	ReportStatus forReporter() {
		return switch (this) {
			case NEW, TRIAGED -> ReportStatus.RECEIVED;
			case INVESTIGATING -> ReportStatus.IN_PROGRESS;
			case REFERRED -> ReportStatus.REFERRED;
			case CLOSED -> ReportStatus.CLOSED;
		};
	}

}
