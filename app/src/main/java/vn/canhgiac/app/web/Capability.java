package vn.canhgiac.app.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A card on the home page: one thing a user can do. Without a link it is shown as
 * "coming".
 *
 * @param key message key prefix ({@code card.<key>.title}, {@code card.<key>.text})
 * @param href where it leads, or null while it is being built
 * @param roles who sees it
 */
public record Capability(String key, @Nullable String href, Set<String> roles) {

	public boolean available() {
		return this.href != null;
	}

}
