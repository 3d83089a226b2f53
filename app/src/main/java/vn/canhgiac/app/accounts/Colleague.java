package vn.canhgiac.app.accounts;

/**
 * Another user as colleagues see them: an id to assign work to and a name.
 */
public record Colleague(long accountId, String displayName) {

}
