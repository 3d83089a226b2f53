package vn.canhgiac.app.advisories;

/**
 * Published after an advisory was published and its audience resolved.
 */
public record AdvisoryPublished(long advisoryId, int recipients) {

}
