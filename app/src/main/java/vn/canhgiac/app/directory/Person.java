package vn.canhgiac.app.directory;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff (or police officer) placed in one unit.
 */
public record Person(long id, long unitId, String fullName, @Nullable String position, @Nullable String email,
		@Nullable String phone, boolean active) {

}
