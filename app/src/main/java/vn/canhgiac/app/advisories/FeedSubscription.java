package vn.canhgiac.app.advisories;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An official RSS/Atom feed an administrator subscribed to.
 */
public record FeedSubscription(long id, String url, String name, Instant createdAt, @Nullable Instant lastFetchedAt,
		@Nullable String lastError) {

}
