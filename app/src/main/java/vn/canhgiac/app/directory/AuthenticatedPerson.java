package vn.canhgiac.app.directory;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as the directory sees them: a person placed in a unit. The accounts
 * module's principal implements it, so modules that need "who is this" depend on the
 * directory, not on accounts.
 */
public interface AuthenticatedPerson {

	/** The login's id, for recording who did what. */
	long accountId();

	String username();

	String displayName();

	@Nullable Long personId();

	@Nullable Long unitId();

	/** Role names without prefix, e.g. {@code STAFF}, {@code POLICE_ADMIN}. */
	Set<String> roleNames();

	default boolean hasRole(String role) {
		return roleNames().contains(role);
	}

}
