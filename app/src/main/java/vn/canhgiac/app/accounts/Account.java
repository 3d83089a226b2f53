package vn.canhgiac.app.accounts;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A login of a person in the directory.
 */
public record Account(long id, String username, @Nullable Long personId, String passwordHash, boolean enabled,
		Set<Role> roles) {

}
