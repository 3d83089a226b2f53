package vn.canhgiac.app.advisories;

import java.util.List;

/**
 * Who an advisory is for: everyone, or the people of the given units (each with
 * everything below it) holding one of the given roles. Units alone mean everyone in them;
 * roles alone mean everyone with the role anywhere; both mean people in those units who
 * hold one of those roles.
 */
public record Audience(boolean everyone, List<Long> unitIds, List<String> roles) {

	public Audience {
		unitIds = List.copyOf(unitIds);
		roles = List.copyOf(roles);
	}

	public static Audience all() {
		return new Audience(true, List.of(), List.of());
	}

	public boolean isEmpty() {
		return !this.everyone && this.unitIds.isEmpty() && this.roles.isEmpty();
	}

}
