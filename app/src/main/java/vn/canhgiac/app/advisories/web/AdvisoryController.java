package vn.canhgiac.app.advisories.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canhgiac.app.advisories.Advisories;
import vn.canhgiac.app.advisories.Advisory;
import vn.canhgiac.app.advisories.AdvisoryDraft;
import vn.canhgiac.app.advisories.AdvisoryRefused;
import vn.canhgiac.app.advisories.AdvisoryStatus;
import vn.canhgiac.app.advisories.InboxItem;
import vn.canhgiac.app.advisories.MessageType;
import vn.canhgiac.app.advisories.QuizResult;
import vn.canhgiac.app.advisories.ReadView;
import vn.canhgiac.app.advisories.ScamCategory;
import vn.canhgiac.app.advisories.Severity;
import vn.canhgiac.app.platform.SpreadsheetCells;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;

/**
 * A person's advisories (owed and history), the reading page with "Tôi đã đọc và hiểu"
 * and the quiz, and the editors' pages: draft, submit, return, publish, withdraw.
 */
@Controller
class AdvisoryController {

	private final Advisories advisories;

	private final DirectoryManagement directory;

	AdvisoryController(Advisories advisories, DirectoryManagement directory) {
		this.advisories = advisories;
		this.directory = directory;
	}

	@GetMapping("/advisories")
	String mine(@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		List<InboxItem> items = this.advisories.inbox(user);
		model.addAttribute("owed", items.stream().filter(InboxItem::owed).toList());
		model.addAttribute("history", items.stream().filter((i) -> !i.owed()).toList());
		model.addAttribute("mayDraft", Advisories.mayDraft(user) || Advisories.mayPublish(user));
		model.addAttribute("mayOversee", Advisories.mayOversee(user));
		return "advisories/mine";
	}

	/** A person's own record of every advisory sent to them, for their file. */
	@GetMapping("/advisories/mine.csv")
	ResponseEntity<byte[]> mineCsv(@AuthenticationPrincipal AuthenticatedPerson user) throws IOException {
		java.io.StringWriter out = new java.io.StringWriter();
		out.write('\uFEFF');
		AdvisoryFormats f = AdvisoryFormats.INSTANCE;
		try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(out,
				org.apache.commons.csv.CSVFormat.DEFAULT)) {
			csv.printRecord("so_hieu", "tieu_de", "ngay_ban_hanh", "tinh_trang", "da_nhan", "da_mo", "da_xac_nhan",
					"dat_kiem_tra");
			for (InboxItem item : this.advisories.inbox(user)) {
				csv.printRecord(SpreadsheetCells.text((item.number() != null) ? item.number() : ""),
						SpreadsheetCells.text(item.title()), f.date(item.issuedOn()), item.status().name(),
						f.dateTime(item.receipt().deliveredAt()), f.dateTime(item.receipt().openedAt()),
						f.dateTime(item.receipt().acknowledgedAt()), f.dateTime(item.receipt().quizPassedAt()));
			}
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("canh-bao-cua-toi.csv").build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/advisories/{id:\\d+}")
	String read(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		ReadView view = this.advisories.open(id, user);
		model.addAttribute("view", view);
		model.addAttribute("a", view.advisory());
		model.addAttribute("mayPublish",
				Advisories.mayPublish(user) && view.advisory().authorAccountId() != user.accountId());
		model.addAttribute("mayEdit", view.advisory().status() == AdvisoryStatus.DRAFT
				&& (view.advisory().authorAccountId() == user.accountId() || user.hasRole("POLICE_ADMIN")));
		model.addAttribute("mayOversee", Advisories.mayOversee(user));
		model.addAttribute("isAuthor", view.advisory().authorAccountId() == user.accountId());
		model.addAttribute("audienceUnits",
				view.advisory()
					.audience()
					.unitIds()
					.stream()
					.map((u) -> this.directory.unit(u).map(OrgUnit::name).orElse("?"))
					.toList());
		return "advisories/read";
	}

	@PostMapping("/advisories/{id:\\d+}/acknowledge")
	String acknowledge(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) {
		this.advisories.acknowledge(id, user);
		redirect.addFlashAttribute("acknowledged", true);
		return "redirect:/advisories/" + id + "#quiz";
	}

	@PostMapping("/advisories/{id:\\d+}/quiz")
	String quiz(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal AuthenticatedPerson user, RedirectAttributes redirect) {
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String value = form.getFirst("answer" + i);
			Integer answer = null;
			if (value != null) {
				try {
					answer = Integer.valueOf(value);
				}
				catch (NumberFormatException ex) {
					answer = null;
				}
			}
			answers.add(answer);
		}
		QuizResult result = this.advisories.answerQuiz(id, user, answers);
		redirect.addFlashAttribute("quizResult", result);
		return "redirect:/advisories/" + id + "#quiz";
	}

	@GetMapping("/advisories/{id:\\d+}/original")
	ResponseEntity<byte[]> original(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user) {
		Advisories.Attachment file = this.advisories.attachment(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.bytes());
	}

	// Editors

	@GetMapping("/advisories/manage")
	String manage(@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		List<Advisory> all = this.advisories.forEditors(user);
		model.addAttribute("drafts", all.stream().filter((a) -> a.status() == AdvisoryStatus.DRAFT).toList());
		model.addAttribute("inReview", all.stream().filter((a) -> a.status() == AdvisoryStatus.REVIEW).toList());
		model.addAttribute("published",
				all.stream()
					.filter((a) -> a.status() == AdvisoryStatus.PUBLISHED || a.status() == AdvisoryStatus.WITHDRAWN)
					.toList());
		model.addAttribute("mayDraft", Advisories.mayDraft(user));
		model.addAttribute("mayPublish", Advisories.mayPublish(user));
		model.addAttribute("userId", user.accountId());
		return "advisories/manage";
	}

	@GetMapping("/advisories/new")
	String newForm(@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		if (!Advisories.mayDraft(user)) {
			throw new AdvisoryRefused(AdvisoryRefused.Kind.FORBIDDEN,
					"Chỉ quản trị viên công an và quản trị viên đơn vị được soạn cảnh báo.",
					"Only police administrators and unit administrators draft advisories.");
		}
		return form(AdvisoryForm.empty(), null, user, model, null);
	}

	@PostMapping("/advisories/new")
	String create(@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal AuthenticatedPerson user,
			Model model) {
		AdvisoryDraft draft = AdvisoryForm.parse(params);
		try {
			long id = this.advisories.create(draft, user);
			return "redirect:/advisories/" + id;
		}
		catch (AdvisoryRefused ex) {
			if (ex.kind() != AdvisoryRefused.Kind.INVALID) {
				throw ex;
			}
			return form(draft, null, user, model, ex);
		}
	}

	@GetMapping("/advisories/{id:\\d+}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		Advisory advisory = this.advisories.forEditing(id, user);
		return form(advisory.toDraft(), advisory, user, model, null);
	}

	@PostMapping("/advisories/{id:\\d+}/edit")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal AuthenticatedPerson user, Model model) {
		AdvisoryDraft draft = AdvisoryForm.parse(params);
		try {
			this.advisories.update(id, draft, user);
			return "redirect:/advisories/" + id;
		}
		catch (AdvisoryRefused ex) {
			if (ex.kind() != AdvisoryRefused.Kind.INVALID) {
				throw ex;
			}
			return form(draft, this.advisories.get(id), user, model, ex);
		}
	}

	@PostMapping("/advisories/{id:\\d+}/original")
	String attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal AuthenticatedPerson user) throws IOException {
		if (file.isEmpty()) {
			throw new AdvisoryRefused(AdvisoryRefused.Kind.INVALID, "Hãy chọn tệp PDF hoặc ảnh chụp bản gốc.",
					"Choose the scanned original (PDF or picture).");
		}
		this.advisories.attach(id, file.getInputStream(), file.getOriginalFilename(), user);
		return "redirect:/advisories/" + id;
	}

	@PostMapping("/advisories/{id:\\d+}/submit")
	String submit(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user) {
		this.advisories.submitForReview(id, user);
		return "redirect:/advisories/" + id;
	}

	@PostMapping("/advisories/{id:\\d+}/return")
	String returnToDraft(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal AuthenticatedPerson user) {
		this.advisories.returnToDraft(id, note, user);
		return "redirect:/advisories/" + id;
	}

	@PostMapping("/advisories/{id:\\d+}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal AuthenticatedPerson user,
			RedirectAttributes redirect) {
		int recipients = this.advisories.publish(id, user);
		redirect.addFlashAttribute("publishedTo", recipients);
		return "redirect:/advisories/" + id;
	}

	@PostMapping("/advisories/{id:\\d+}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal AuthenticatedPerson user) {
		this.advisories.withdraw(id, reason, user);
		return "redirect:/advisories/" + id;
	}

	private String form(AdvisoryDraft draft, @Nullable Advisory advisory, AuthenticatedPerson user, Model model,
			@Nullable AdvisoryRefused error) {
		model.addAttribute("d", draft);
		model.addAttribute("a", advisory);
		model.addAttribute("unitOptions", unitOptions(user));
		model.addAttribute("roleOptions", List.of("STAFF", "UNIT_ADMIN", "POLICE_OFFICER", "POLICE_ADMIN", "LEADER"));
		model.addAttribute("categories", ScamCategory.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("messageTypes", MessageType.values());
		model.addAttribute("mayAddressEveryone", user.hasRole("POLICE_ADMIN"));
		model.addAttribute("questionSlots",
				java.util.stream.IntStream.range(0, AdvisoryForm.QUESTION_SLOTS).boxed().toList());
		model.addAttribute("optionSlots",
				java.util.stream.IntStream.range(0, AdvisoryForm.OPTION_SLOTS).boxed().toList());
		if (error != null) {
			model.addAttribute("errorVi", error.messageVi());
			model.addAttribute("errorEn", error.messageEn());
		}
		return "advisories/form";
	}

	/** The units this user may address, as an indented tree. */
	private List<UnitOption> unitOptions(AuthenticatedPerson user) {
		List<OrgUnit> all = this.directory.units();
		Set<Long> allowed = null;
		if (!user.hasRole("POLICE_ADMIN") && user.unitId() != null) {
			allowed = this.directory.subtree(user.unitId());
		}
		Map<Long, List<OrgUnit>> children = new HashMap<>();
		List<OrgUnit> roots = new ArrayList<>();
		for (OrgUnit unit : all) {
			if (unit.parentId() == null) {
				roots.add(unit);
			}
			else {
				children.computeIfAbsent(unit.parentId(), (k) -> new ArrayList<>()).add(unit);
			}
		}
		List<UnitOption> options = new ArrayList<>();
		for (OrgUnit root : roots) {
			walk(root, 0, children, allowed, options);
		}
		return options;
	}

	private static void walk(OrgUnit unit, int depth, Map<Long, List<OrgUnit>> children, @Nullable Set<Long> allowed,
			List<UnitOption> options) {
		if (allowed == null || allowed.contains(unit.id())) {
			options.add(new UnitOption(unit.id(), "— ".repeat(depth) + unit.name()));
		}
		for (OrgUnit child : children.getOrDefault(unit.id(), List.of())) {
			walk(child, depth + 1, children, allowed, options);
		}
	}

}
