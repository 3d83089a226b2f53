package vn.canhgiac.app.intel.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.canhgiac.app.intel.CampaignGraph;
import vn.canhgiac.app.intel.IntelManagement;

/** Police: campaigns (connected groups of cases) as a list and as a graph. */
@Controller
@PreAuthorize("hasAnyRole('POLICE_OFFICER', 'POLICE_ADMIN')")
class CampaignController {

	private final IntelManagement intel;

	CampaignController(IntelManagement intel) {
		this.intel = intel;
	}

	@GetMapping("/intel/campaigns")
	String list(Model model) {
		model.addAttribute("campaigns", this.intel.campaigns(100));
		return "intel/campaigns";
	}

	@GetMapping("/intel/campaigns/{id}")
	String campaign(@PathVariable UUID id, Model model) {
		CampaignGraph graph = this.intel.campaign(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("campaign", graph);
		model.addAttribute("svg", CampaignSvg.render(graph));
		return "intel/campaign";
	}

}
