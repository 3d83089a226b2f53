package vn.canhgiac.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.canhgiac.engine.forensics.ImageReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the CLI's JSON against the published schema's structure: every required field
 * present, no field the schema does not know, enumerations respected. (No JSON Schema
 * library is on the classpath; this covers the parts a consumer relies on.)
 */
class ImageReportSchemaTests {

	@TempDir
	Path dir;

	@Test
	void reportJsonMatchesThePublishedSchema() throws Exception {
		JsonNode schema;
		try (InputStream in = ImageReport.class.getResourceAsStream("image-report.schema.json")) {
			schema = JsonOutput.MAPPER.readTree(in);
		}
		Path photo = ImageAnalyzeCommandTests.writePhoto(this.dir);
		ImageAnalyzeCommandTests.Captured c = ImageAnalyzeCommandTests.run("image", "analyze", photo.toString(),
				"--json");
		JsonNode report = JsonOutput.MAPPER.readTree(c.out());
		assertThat(report.get("schema").asString()).isEqualTo(schema.get("$id").asString());
		assertSameFields(report, schema);
		JsonNode findingSchema = schema.get("properties").get("findings").get("items");
		for (JsonNode finding : report.get("findings")) {
			assertSameFields(finding, findingSchema);
			assertThat(enumValues(findingSchema.get("properties").get("severity")))
				.contains(finding.get("severity").asString());
		}
		assertThat(enumValues(schema.get("properties").get("verdict"))).contains(report.get("verdict").asString());
		assertThat(enumValues(schema.get("properties").get("format"))).contains(report.get("format").asString());
		for (JsonNode map : report.get("maps")) {
			assertThat(enumValues(schema.get("properties").get("maps").get("items").get("properties").get("kind")))
				.contains(map.get("kind").asString());
		}
		assertThat(report.get("sha256").asString()).matches("^[0-9a-f]{64}$");
		assertThat(report.get("perceptualHash").asString()).matches("^[0-9a-f]{16}$");
	}

	private static void assertSameFields(JsonNode value, JsonNode schema) {
		Set<String> allowed = new HashSet<>();
		schema.get("properties").propertyNames().forEach(allowed::add);
		Set<String> present = new HashSet<>();
		value.propertyNames().forEach(present::add);
		Set<String> required = new HashSet<>();
		schema.get("required").forEach((r) -> required.add(r.asString()));
		assertThat(present).containsAll(required);
		assertThat(allowed).containsAll(present);
	}

	private static Set<String> enumValues(JsonNode node) {
		Set<String> out = new HashSet<>();
		for (Iterator<JsonNode> it = node.get("enum").iterator(); it.hasNext();) {
			out.add(it.next().asString());
		}
		return out;
	}

}
