package vn.canhgiac.app.cases;

/** How urgent a case is, set at triage. */
public enum CaseSeverity {

	LOW, MEDIUM, HIGH, CRITICAL

}
