package vn.canhgiac.app.advisories;

/**
 * One published or withdrawn advisory on the compliance overview, with its figures within
 * the viewer's unit.
 */
public record AdvisoryOverview(Advisory advisory, ComplianceCounts counts) {

}
