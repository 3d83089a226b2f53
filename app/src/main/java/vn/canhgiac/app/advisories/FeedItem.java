package vn.canhgiac.app.advisories;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An item fetched from an official feed, and the draft advisory made from it, if any.
 */
public record FeedItem(long id, long feedId, String feedName, String title, @Nullable String link, String summary,
		@Nullable Instant publishedAt, Instant fetchedAt, @Nullable Long advisoryId) {

}
