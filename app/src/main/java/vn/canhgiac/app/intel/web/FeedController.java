package vn.canhgiac.app.intel.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.intel.IntelFeeds;
import vn.canhgiac.app.intel.IntelRefused;

/**
 * Police administrators: import a feed file (ChongLuaDao list or CSV), with a dry run
 * that shows what would change and the lines that cannot be read.
 */
@Controller
@PreAuthorize("hasRole('POLICE_ADMIN')")
class FeedController {

	/** Feed files larger than this are refused (the ChongLuaDao list is about 280 KB). */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	private final IntelFeeds feeds;

	FeedController(IntelFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/intel/import")
	String form(Model model) {
		model.addAttribute("formats", IntelFeeds.IMPORT_FORMATS);
		return "intel/import";
	}

	@PostMapping("/intel/import")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam("format") String format,
			@RequestParam(name = "source", required = false) @Nullable String source,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
			@AuthenticationPrincipal AuthenticatedPerson user, Model model, Locale locale) throws IOException {
		model.addAttribute("formats", IntelFeeds.IMPORT_FORMATS);
		model.addAttribute("format", format);
		String name = (source == null || source.isBlank()) ? format : source.strip();
		model.addAttribute("source", name);
		if (file.isEmpty() || file.getSize() > MAX_BYTES) {
			model.addAttribute("error", locale.getLanguage().equals("en") ? "Choose a feed file of at most 20 MB."
					: "Hãy chọn tệp dữ liệu, tối đa 20 MB.");
			return "intel/import";
		}
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			IntelFeeds.ImportResult result = this.feeds.importFeed(format, name, reader, dryRun, user);
			model.addAttribute("result", result);
			model.addAttribute("shownErrors", result.errors().subList(0, Math.min(100, result.errors().size())));
		}
		catch (IntelRefused ex) {
			model.addAttribute("error", locale.getLanguage().equals("en") ? ex.messageEn() : ex.messageVi());
		}
		return "intel/import";
	}

}
