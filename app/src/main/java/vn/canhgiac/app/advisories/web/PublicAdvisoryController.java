package vn.canhgiac.app.advisories.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.canhgiac.app.advisories.Advisories;
import vn.canhgiac.app.advisories.Advisory;
import vn.canhgiac.app.advisories.AdvisoryProperties;
import vn.canhgiac.app.advisories.AdvisoryRefused;
import vn.canhgiac.app.advisories.AdvisoryStatus;
import vn.canhgiac.app.advisories.CapDocument;
import vn.canhgiac.app.advisories.MarkdownRenderer;
import vn.canhgiac.app.advisories.ReadView;
import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * Public advisories for anyone: the page {@code /public/advisories}, the Atom feed
 * {@code /advisories/feed.atom} and each advisory as CAP 1.2 at
 * {@code /advisories/{id}/cap.xml}. Anonymous visitors get public advisories only; a
 * restricted advisory's CAP is for those who may read it.
 */
@Controller
class PublicAdvisoryController {

	private final Advisories advisories;

	private final AdvisoryProperties properties;

	private final MessageSource messages;

	PublicAdvisoryController(Advisories advisories, AdvisoryProperties properties, MessageSource messages) {
		this.advisories = advisories;
		this.properties = properties;
		this.messages = messages;
	}

	@GetMapping("/public/advisories")
	String list(Model model) {
		model.addAttribute("advisories", this.advisories.publicAdvisories());
		return "advisories/public-list";
	}

	@GetMapping("/public/advisories/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		ReadView view = this.advisories.openPublic(id)
			.orElseThrow(() -> new AdvisoryRefused(AdvisoryRefused.Kind.NOT_FOUND, "Không có cảnh báo công khai này.",
					"No such public advisory."));
		model.addAttribute("view", view);
		model.addAttribute("a", view.advisory());
		return "advisories/public-show";
	}

	@GetMapping(path = "/advisories/feed.atom")
	ResponseEntity<String> atom(HttpServletRequest request) throws FeedException {
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle("Cảnh Giác — Cảnh báo lừa đảo");
		feed.setDescription("Cảnh báo công khai về thủ đoạn tống tiền bằng ảnh cắt ghép và lừa đảo trực tuyến.");
		feed.setLink(base + "/public/advisories");
		feed.setUri("urn:canhgiac:advisories");
		feed.setLanguage("vi");
		List<Advisory> list = this.advisories.publicAdvisories();
		Date updated = list.stream().map((a) -> Date.from(a.updatedAt())).max(Date::compareTo).orElse(new Date(0));
		feed.setPublishedDate(updated);
		List<SyndEntry> entries = new ArrayList<>();
		for (Advisory a : list) {
			SyndEntry entry = new SyndEntryImpl();
			boolean withdrawn = a.status() == AdvisoryStatus.WITHDRAWN;
			entry.setTitle((withdrawn ? "[Đã thu hồi] " : "") + a.label() + " — " + a.title());
			entry.setUri("urn:canhgiac:advisory:" + a.id());
			entry.setLink(base + "/public/advisories/" + a.id());
			SyndLink cap = new SyndLinkImpl();
			cap.setRel("alternate");
			cap.setType("application/cap+xml");
			cap.setHref(base + "/advisories/" + a.id() + "/cap.xml");
			SyndLink page = new SyndLinkImpl();
			page.setRel("alternate");
			page.setType("text/html");
			page.setHref(base + "/public/advisories/" + a.id());
			entry.setLinks(List.of(page, cap));
			entry.setAuthor(a.issuer().isBlank() ? "Cảnh Giác" : a.issuer());
			entry.setPublishedDate((a.publishedAt() != null) ? Date.from(a.publishedAt()) : null);
			entry.setUpdatedDate(Date.from(a.updatedAt()));
			SyndContent summary = new SyndContentImpl();
			summary.setType("text");
			summary.setValue(a.subject() + "\n\n" + MarkdownRenderer.toPlainText(a.bodyMarkdown()));
			entry.setDescription(summary);
			entries.add(entry);
		}
		feed.setEntries(entries);
		String xml = new SyndFeedOutput().outputString(feed);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(xml);
	}

	@GetMapping("/advisories/{id:\\d+}/cap.xml")
	ResponseEntity<String> cap(@PathVariable long id, @AuthenticationPrincipal @Nullable AuthenticatedPerson user,
			HttpServletRequest request, java.util.Locale locale) {
		Advisory advisory;
		Optional<ReadView> open = this.advisories.openPublic(id);
		if (open.isPresent()) {
			advisory = open.get().advisory();
		}
		else if (user != null) {
			advisory = this.advisories.open(id, user).advisory();
			if (advisory.status() == AdvisoryStatus.DRAFT || advisory.status() == AdvisoryStatus.REVIEW) {
				throw new AdvisoryRefused(AdvisoryRefused.Kind.NOT_FOUND, "Văn bản chưa ban hành.",
						"Not published yet.");
			}
		}
		else {
			throw new AdvisoryRefused(AdvisoryRefused.Kind.NOT_FOUND, "Không có cảnh báo công khai này.",
					"No such public advisory.");
		}
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		List<Advisory> referenced = new ArrayList<>();
		for (String number : advisory.references()) {
			this.advisories.idByNumber(number)
				.map(this.advisories::get)
				.filter((a) -> a.status() == AdvisoryStatus.PUBLISHED || a.status() == AdvisoryStatus.WITHDRAWN)
				.ifPresent(referenced::add);
		}
		String web = advisory.publicAdvisory() ? base + "/public/advisories/" + id : base + "/advisories/" + id;
		String event = this.messages.getMessage("advisories.category." + advisory.category().name(), null,
				advisory.category().name(), new java.util.Locale("vi"));
		String xml = CapDocument.render(advisory, referenced, this.properties.capSender(), web,
				(event != null) ? event : advisory.category().name());
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/cap+xml;charset=UTF-8")).body(xml);
	}

}
