package vn.canhgiac.app.directory.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.canhgiac.app.directory.OrgUnit;

/**
 * Units arranged for display: each with its children and the number of active people in
 * it.
 */
public record UnitTree(OrgUnit unit, long people, List<UnitTree> children) {

	/** Roots are the visible units whose parent is not visible. */
	static List<UnitTree> of(List<OrgUnit> visible, Map<Long, Long> peopleByUnit) {
		Set<Long> ids = visible.stream().map(OrgUnit::id).collect(Collectors.toSet());
		Map<Long, List<OrgUnit>> byParent = new HashMap<>();
		List<OrgUnit> roots = new ArrayList<>();
		for (OrgUnit unit : visible) {
			if (unit.parentId() == null || !ids.contains(unit.parentId())) {
				roots.add(unit);
			}
			else {
				byParent.computeIfAbsent(unit.parentId(), (k) -> new ArrayList<>()).add(unit);
			}
		}
		return build(roots, byParent, peopleByUnit);
	}

	private static List<UnitTree> build(List<OrgUnit> units, Map<Long, List<OrgUnit>> byParent,
			Map<Long, Long> peopleByUnit) {
		return units.stream()
			.sorted(Comparator.comparing((OrgUnit u) -> u.kind().ordinal()).thenComparing(OrgUnit::name))
			.map((u) -> new UnitTree(u, peopleByUnit.getOrDefault(u.id(), 0L),
					build(byParent.getOrDefault(u.id(), List.of()), byParent, peopleByUnit)))
			.toList();
	}

}
