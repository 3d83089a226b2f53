package vn.canhgiac.app.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.canhgiac.app.advisories.Advisories;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;
import vn.canhgiac.app.directory.PoliceStation;

/**
 * {@code /}: the public landing page, or the signed-in user's home made for their roles.
 */
@Controller
class HomeController {

	private final DirectoryManagement directory;

	private final Advisories advisories;

	HomeController(DirectoryManagement directory, Advisories advisories) {
		this.directory = directory;
		this.advisories = advisories;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		if (user == null) {
			model.addAttribute("cards", HomeCards.publicCards());
			return "web/landing";
		}
		Optional<Long> unitId = Optional.ofNullable(user.unitId());
		Optional<PoliceStation> station = unitId.flatMap(this.directory::stationFor);
		List<String> unitPath = unitId.map(this.directory::ancestry)
			.orElse(List.of())
			.stream()
			.map(OrgUnit::name)
			.toList();
		model.addAttribute("cards", HomeCards.forUser(user));
		model.addAttribute("station", station.orElse(null));
		model.addAttribute("unitPath", unitPath);
		model.addAttribute("roles", user.roleNames().stream().sorted().toList());
		model.addAttribute("owedAdvisories", this.advisories.owed(user));
		return "web/home";
	}

}
