package vn.canhgiac.app.accounts;

/**
 * What a user may do. One account may hold several roles.
 */
public enum Role {

	/**
	 * Staff (cán bộ, công chức): check content, report, read and acknowledge advisories.
	 */
	STAFF,
	/** Administers the people of their unit and everything below it. */
	UNIT_ADMIN,
	/** Police officer: works cases. */
	POLICE_OFFICER,
	/**
	 * Police administrator: assigns cases, publishes blacklists, administers the
	 * directory.
	 */
	POLICE_ADMIN,
	/** Leader: sees statistics, never victims' files. */
	LEADER;

	public String authority() {
		return "ROLE_" + name();
	}

}
