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
		List<String> mapKinds, List<MetadataRow> metadata, boolean pictureToExamine) {

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

	/** One line of the metadata table; {@code key} is a message key suffix. */
	public record MetadataRow(String key, String value) {

	}

	/** A rectangle to outline on the picture, in the picture's pixels. */
	public record Box(int x, int y, int width, int height, String kind) {

	}

	public static CheckView of(ContentCheck check) {
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
				adviceVi, adviceEn, sourceMatch, maps, metadata(report.path("metadata")),
				contains(report.path("handOffs"), "image_forensics"));
	}

	private static boolean contains(JsonNode array, String value) {
		for (JsonNode item : array(array)) {
			if (value.equals(item.asText())) {
				return true;
			}
		}
		return false;
	}

	private static List<MetadataRow> metadata(JsonNode metadata) {
		List<MetadataRow> rows = new ArrayList<>();
		if (!metadata.isObject()) {
			return rows;
		}
		String camera = (text(metadata, "cameraMake") + " " + text(metadata, "cameraModel")).strip();
		addIf(rows, "camera", camera);
		addIf(rows, "software", text(metadata, "software"));
		addIf(rows, "editingSoftware", text(metadata, "editingSoftware"));
		addIf(rows, "dateOriginal", text(metadata, "dateOriginal"));
		addIf(rows, "dateModified", text(metadata, "dateModified"));
		addIf(rows, "icc", text(metadata, "iccProfile"));
		if (metadata.path("thumbnailCorrelation").isNumber()) {
			rows.add(new MetadataRow("thumbnail",
					String.format(java.util.Locale.ROOT, "%.2f", metadata.path("thumbnailCorrelation").asDouble())));
		}
		rows.add(new MetadataRow("gps", metadata.path("gpsPresent").asBoolean() ? "yes" : "no"));
		rows.add(new MetadataRow("contentCredentials", metadata.path("contentCredentials").asBoolean() ? "yes" : "no"));
		if (!metadata.path("anyMetadata").asBoolean()) {
			rows.add(new MetadataRow("none", "—"));
		}
		return rows;
	}

	private static void addIf(List<MetadataRow> rows, String key, String value) {
		if (!value.isBlank()) {
			rows.add(new MetadataRow(key, value));
		}
	}

	/** Regions to outline: findings with a region, faces, and the matched region. */
	public static List<Box> boxes(ContentCheck check) {
		JsonNode report = JSON.readTree(check.reportJson() == null ? "{}" : check.reportJson());
		List<Box> boxes = new ArrayList<>();
		for (JsonNode face : array(report, "faces")) {
			boxes.add(box(face, "face"));
		}
		for (JsonNode finding : array(report, "findings")) {
			if (finding.path("region").isObject()) {
				boxes.add(box(finding.path("region"), "finding"));
			}
		}
		if (report.path("sourceMatch").path("regionInImage").isObject()) {
			boxes.add(box(report.path("sourceMatch").path("regionInImage"), "match"));
		}
		return boxes;
	}

	/**
	 * The matched region in reference photo {@code reference}, if that is the one
	 * matched.
	 */
	static List<Box> referenceBoxes(ContentCheck check, String reference) {
		JsonNode match = JSON.readTree(check.reportJson() == null ? "{}" : check.reportJson()).path("sourceMatch");
		if (match.isObject() && match.path("reference").asText().equals(reference)
				&& match.path("regionInReference").isObject()) {
			return List.of(box(match.path("regionInReference"), "match"));
		}
		return List.of();
	}

	private static Box box(JsonNode region, String kind) {
		return new Box(region.path("x").asInt(), region.path("y").asInt(), region.path("width").asInt(),
				region.path("height").asInt(), kind);
	}

	/**
	 * The facts that let a finding be re-derived: hash, size, format, engine, perceptual
	 * hash.
	 */
	static java.util.Map<String, Object> integrity(ContentCheck check) {
		JsonNode report = JSON.readTree(check.reportJson() == null ? "{}" : check.reportJson());
		return java.util.Map.of("sha256", text(report, "sha256"), "width", report.path("width").asInt(), "height",
				report.path("height").asInt(), "format", text(report, "format"), "engineVersion",
				text(report, "engineVersion"), "perceptualHash", text(report, "perceptualHash"));
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
		return array(node.path(field));
	}

	private static Iterable<JsonNode> array(JsonNode value) {
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
