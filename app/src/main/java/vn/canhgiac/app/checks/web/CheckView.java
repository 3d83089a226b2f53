package vn.canhgiac.app.checks.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.canhgiac.app.checks.ContentCheck;

/**
 * A finished check as the result page shows it, read from the engine's report JSON (the
 * contract of DESIGN.md §2) so the page does not depend on the engine's Java types.
 */
public record CheckView(String verdict, String tone, int scorePercent, @Nullable String category, List<Reason> reasons,
		List<Found> indicators, List<String> adviceVi, List<String> adviceEn, @Nullable SourceMatchView sourceMatch,
		List<String> mapKinds) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * One reason behind the verdict; {@code marker} numbers it in the highlighted text.
	 */
	public record Reason(int marker, String messageVi, String messageEn, @Nullable String severity,
			@Nullable Integer start, @Nullable Integer end) {

	}

	public record Found(String type, String value, String normalized, @Nullable String bank) {

	}

	public record SourceMatchView(String reference, int inliers, double confidence) {

	}

	static CheckView of(ContentCheck check) {
		JsonNode report = JSON.readTree(check.reportJson() == null ? "{}" : check.reportJson());
		String verdict = check.verdict() == null ? "" : check.verdict();
		List<Reason> reasons = new ArrayList<>();
		for (JsonNode signal : array(report, "signals")) {
			JsonNode span = signal.path("span");
			reasons.add(new Reason(reasons.size() + 1, text(signal, "messageVi"), text(signal, "messageEn"), null,
					span.isObject() ? span.path("start").asInt() : null,
					span.isObject() ? span.path("end").asInt() : null));
		}
		for (JsonNode finding : array(report, "findings")) {
			reasons.add(new Reason(reasons.size() + 1, text(finding, "messageVi"), text(finding, "messageEn"),
					text(finding, "severity"), null, null));
		}
		List<Found> found = new ArrayList<>();
		for (JsonNode indicator : array(report, "indicators")) {
			found.add(new Found(text(indicator, "type"), text(indicator, "value"), text(indicator, "normalized"),
					indicator.path("bank").isTextual() ? indicator.path("bank").asText() : null));
		}
		List<String> adviceVi = new ArrayList<>();
		List<String> adviceEn = new ArrayList<>();
		for (JsonNode advice : array(report, "advice")) {
			if (advice.isTextual()) {
				adviceVi.add(advice.asText());
				adviceEn.add(advice.asText());
			}
			else {
				adviceVi.add(text(advice, "messageVi", "vi"));
				adviceEn.add(text(advice, "messageEn", "en"));
			}
		}
		JsonNode match = report.path("sourceMatch");
		SourceMatchView sourceMatch = match.isObject() ? new SourceMatchView(match.path("reference").asText(),
				match.path("inliers").asInt(), match.path("confidence").asDouble()) : null;
		List<String> maps = new ArrayList<>();
		report.path("storedMaps").properties().forEach((entry) -> maps.add(entry.getKey()));
		double score = check.score() == null ? 0 : check.score();
		return new CheckView(verdict, tone(verdict), (int) Math.round(score * 100), check.category(), reasons, found,
				adviceVi, adviceEn, sourceMatch, maps);
	}

	static @Nullable String storedMap(ContentCheck check, String kind) {
		JsonNode id = JSON.readTree(check.reportJson() == null ? "{}" : check.reportJson())
			.path("storedMaps")
			.path(kind);
		return id.isTextual() ? id.asText() : null;
	}

	/**
	 * Red for a clear danger, amber for doubt, green for nothing found (never "safe").
	 */
	static String tone(String verdict) {
		return switch (verdict) {
			case "scam", "dangerous", "manipulated" -> "danger";
			case "suspicious", "inconclusive" -> "caution";
			default -> "calm";
		};
	}

	private static Iterable<JsonNode> array(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isArray() ? value : List.of();
	}

	private static String text(JsonNode node, String... fields) {
		for (String field : fields) {
			if (node.path(field).isTextual()) {
				return node.path(field).asText();
			}
		}
		return "";
	}

}
