package vn.canhgiac.app.web;

import java.util.List;
import java.util.Set;

import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * What each role finds on its home page, most urgent first. Modules replace a "coming"
 * card by giving it a link when their pages exist.
 */
final class HomeCards {

	private static final Set<String> EVERYONE = Set.of("STAFF", "UNIT_ADMIN", "POLICE_OFFICER", "POLICE_ADMIN",
			"LEADER");

	private static final List<Capability> ALL = List.of(
			new Capability("checkImage", "/checks/image",
					Set.of("STAFF", "UNIT_ADMIN", "POLICE_OFFICER", "POLICE_ADMIN")),
			new Capability("checkContent", "/checks", EVERYONE), new Capability("report", "/reports/new", EVERYONE),
			new Capability("cases", "/cases", Set.of("POLICE_OFFICER", "POLICE_ADMIN")),
			new Capability("campaigns", "/intel/campaigns", Set.of("POLICE_OFFICER", "POLICE_ADMIN")),
			new Capability("advisories", "/advisories", EVERYONE),
			new Capability("compliance", "/advisories/compliance", Set.of("UNIT_ADMIN", "POLICE_ADMIN", "LEADER")),
			new Capability("statistics", "/stats", Set.of("POLICE_ADMIN", "LEADER")),
			new Capability("directory", "/admin/units", Set.of("UNIT_ADMIN", "POLICE_ADMIN")),
			new Capability("stations", "/admin/stations", Set.of("POLICE_ADMIN")),
			new Capability("accountSecurity", "/account/security", EVERYONE));

	private HomeCards() {
	}

	static List<Capability> forUser(AuthenticatedPerson user) {
		return ALL.stream().filter((card) -> card.roles().stream().anyMatch(user::hasRole)).toList();
	}

	/** The public landing page: what anyone can do without an account. */
	static List<Capability> publicCards() {
		return List.of(new Capability("lookup", "/public/lookup", Set.of()),
				new Capability("publicReport", "/public/report", Set.of()));
	}

}
