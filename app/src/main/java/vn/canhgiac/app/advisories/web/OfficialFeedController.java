package vn.canhgiac.app.advisories.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canhgiac.app.advisories.Advisories;
import vn.canhgiac.app.advisories.AdvisoryRefused;
import vn.canhgiac.app.advisories.OfficialFeeds;
import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * "Cảnh báo mới từ cơ quan chức năng": new items from subscribed official feeds, for
 * editors to turn into draft advisories; police administrators manage the subscriptions.
 */
@Controller
class OfficialFeedController {

	private final OfficialFeeds feeds;

	OfficialFeedController(OfficialFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/advisories/feeds")
	String list(@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		requireEditor(user);
		model.addAttribute("items", this.feeds.recentItems(100));
		model.addAttribute("subscriptions", this.feeds.subscriptions());
		model.addAttribute("mayAdminister", OfficialFeeds.mayAdminister(user));
		return "advisories/feeds";
	}

	@PostMapping("/advisories/feeds")
	String subscribe(@RequestParam String url, @RequestParam(defaultValue = "") String name,
			@AuthenticationPrincipal AuthenticatedPerson user, RedirectAttributes redirect) {
		long id = this.feeds.subscribe(url, name, user);
		int added = this.feeds.fetch(id);
		redirect.addFlashAttribute("fetched", added);
		return "redirect:/advisories/feeds";
	}

	@PostMapping("/advisories/feeds/{id:\\d+}/fetch")
	String fetch(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) {
		if (!OfficialFeeds.mayAdminister(user)) {
			throw new AdvisoryRefused(AdvisoryRefused.Kind.FORBIDDEN, "Chỉ quản trị viên công an quản lý nguồn tin.",
					"Only police administrators manage feeds.");
		}
		redirect.addFlashAttribute("fetched", this.feeds.fetch(id));
		return "redirect:/advisories/feeds";
	}

	@PostMapping("/advisories/feeds/{id:\\d+}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user) {
		this.feeds.unsubscribe(id, user);
		return "redirect:/advisories/feeds";
	}

	@PostMapping("/advisories/feed-items/{id:\\d+}/draft")
	String draft(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user) {
		requireEditor(user);
		long advisory = this.feeds.draftFrom(id, user);
		return "redirect:/advisories/" + advisory + "/edit";
	}

	private static void requireEditor(AuthenticatedPerson user) {
		if (!Advisories.mayDraft(user)) {
			throw new AdvisoryRefused(AdvisoryRefused.Kind.FORBIDDEN,
					"Chỉ quản trị viên công an và quản trị viên đơn vị xem được mục này.",
					"Only police administrators and unit administrators see this.");
		}
	}

}
