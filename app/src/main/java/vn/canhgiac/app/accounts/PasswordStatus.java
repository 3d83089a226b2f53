package vn.canhgiac.app.accounts;

import java.time.Instant;

/**
 * How old the password is and what the rotation policy says about it.
 *
 * @param changedAt when it was last set
 * @param ageDays whole days since then
 * @param reminderDue the user should be reminded to change it
 * @param changeRequired the user must change it before going on (forced by the policy or
 * by an administrator)
 */
public record PasswordStatus(Instant changedAt, long ageDays, boolean reminderDue, boolean changeRequired) {

}
