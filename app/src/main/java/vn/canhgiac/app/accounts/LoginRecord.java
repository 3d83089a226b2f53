package vn.canhgiac.app.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One completed login, as the user sees it on the security check-up page.
 */
public record LoginRecord(Instant at, @Nullable String remoteAddress, boolean secondFactor) {

}
