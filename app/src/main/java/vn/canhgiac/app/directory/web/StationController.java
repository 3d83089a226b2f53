package vn.canhgiac.app.directory.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;
import vn.canhgiac.app.directory.PoliceStation;

/**
 * Police stations and the communes each one serves: where victims are routed.
 */
@Controller
class StationController {

	private final DirectoryManagement directory;

	StationController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping("/admin/stations")
	@PreAuthorize("hasRole('POLICE_ADMIN')")
	String stations(Model model) {
		Map<Long, OrgUnit> units = this.directory.units()
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		model.addAttribute("stations",
				this.directory.stations()
					.stream()
					.map((station) -> new StationView(station,
							station.communeIds()
								.stream()
								.map((id) -> units.containsKey(id) ? units.get(id).name() : "?")
								.sorted()
								.toList()))
					.toList());
		return "directory/stations";
	}

	/** A station with the names of the communes it serves, for display. */
	public record StationView(PoliceStation station, List<String> communes) {

	}

}
