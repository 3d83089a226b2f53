package vn.canhgiac.app.advisories.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

import vn.canhgiac.app.advisories.AdvisoryDraft;
import vn.canhgiac.app.advisories.Audience;
import vn.canhgiac.app.advisories.MessageType;
import vn.canhgiac.app.advisories.QuizQuestion;
import vn.canhgiac.app.advisories.ScamCategory;
import vn.canhgiac.app.advisories.Severity;

/**
 * The draft form's fields to an {@link AdvisoryDraft} and back. Parsing is lenient (an
 * unreadable date is left empty); the module validates.
 */
final class AdvisoryForm {

	static final int QUESTION_SLOTS = 5;

	static final int OPTION_SLOTS = 4;

	private AdvisoryForm() {
	}

	static AdvisoryDraft empty() {
		return new AdvisoryDraft(null, null, "", "", "", "V/v ", "", ScamCategory.SPLICED_IMAGE_EXTORTION,
				Severity.SEVERE, MessageType.ALERT, null, false, List.of(), new Audience(false, List.of(), List.of()),
				80, List.of());
	}

	static AdvisoryDraft parse(MultiValueMap<String, String> form) {
		List<Long> units = new ArrayList<>();
		for (String unit : form.getOrDefault("units", List.of())) {
			try {
				units.add(Long.parseLong(unit));
			}
			catch (NumberFormatException ex) {
				// ignored: not a unit
			}
		}
		List<String> roles = form.getOrDefault("roles", List.of())
			.stream()
			.map((r) -> r.strip().toUpperCase(Locale.ROOT))
			.toList();
		List<QuizQuestion> questions = new ArrayList<>();
		for (int q = 0; q < QUESTION_SLOTS; q++) {
			String text = text(form, "q" + q);
			if (text.isBlank()) {
				continue;
			}
			List<String> options = new ArrayList<>();
			int correct = -1;
			String chosen = text(form, "q" + q + "c");
			for (int o = 0; o < OPTION_SLOTS; o++) {
				String option = text(form, "q" + q + "o" + o);
				if (!option.isBlank()) {
					if (chosen.equals(Integer.toString(o))) {
						correct = options.size();
					}
					options.add(option.strip());
				}
			}
			questions.add(new QuizQuestion(text.strip(), options, correct));
		}
		Integer pass = null;
		try {
			pass = Integer.valueOf(text(form, "quizPassPercent").strip());
		}
		catch (NumberFormatException ex) {
			// left empty
		}
		return new AdvisoryDraft(text(form, "number").strip(), date(text(form, "issuedOn")),
				text(form, "issuer").strip(), text(form, "signer").strip(), text(form, "title").strip(),
				text(form, "subject").strip(), text(form, "body"),
				enumOf(ScamCategory.class, text(form, "category"), ScamCategory.OTHER),
				enumOf(Severity.class, text(form, "severity"), Severity.MODERATE),
				enumOf(MessageType.class, text(form, "messageType"), MessageType.ALERT), date(text(form, "expiresOn")),
				"on".equals(text(form, "public")) || "true".equals(text(form, "public")),
				text(form, "references").lines().map(String::strip).filter((l) -> !l.isEmpty()).distinct().toList(),
				new Audience("on".equals(text(form, "everyone")) || "true".equals(text(form, "everyone")), units,
						roles),
				pass, questions);
	}

	private static String text(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return (value != null) ? value : "";
	}

	private static @Nullable LocalDate date(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name, E fallback) {
		try {
			return Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
	}

}
