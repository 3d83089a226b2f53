package vn.canhgiac.app.advisories;

/**
 * What one run of the advisories job did.
 */
public record DueWork(int lateJoinersAdded, int reminded, int escalated, int mailsSent) {

}
