package vn.canhgiac.app.cases;

/**
 * An indicator accepted for the case.
 *
 * @param origin REPORTER, ANALYSIS or OFFICER
 */
public record CaseIndicator(String type, String value, String origin) {

}
