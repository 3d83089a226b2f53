package vn.canhgiac.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ImageAnalyzeCommandTests {

	@TempDir
	static Path dir;

	static Path photo;

	@BeforeAll
	static void writePhoto() throws Exception {
		BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(5);
		for (int y = 0; y < 300; y++) {
			for (int x = 0; x < 400; x++) {
				int v = (int) (120 + 60 * Math.sin(x / 17.0) * Math.cos(y / 23.0) + random.nextGaussian() * 8);
				v = Math.max(0, Math.min(255, v));
				image.setRGB(x, y, (v << 16) | (Math.min(255, v + 20) << 8) | Math.max(0, v - 20));
			}
		}
		photo = dir.resolve("photo.jpg");
		ImageIO.write(image, "jpeg", photo.toFile());
	}

	@Test
	void printsOneJsonReportWithTheContractFields() {
		Captured c = run("image", "analyze", photo.toString(), "--json");
		assertThat(c.exit).isZero();
		JsonNode report = JsonOutput.MAPPER.readTree(c.out);
		assertThat(report.get("id").asString()).isEqualTo("photo.jpg");
		assertThat(report.get("verdict").asString()).isIn("manipulated", "inconclusive", "no_evidence");
		assertThat(report.has("sourceMatch")).isTrue();
		assertThat(report.get("sha256").asString()).hasSize(64);
		assertThat(c.out.strip().lines().count()).isEqualTo(1);
	}

	@Test
	void summarisesInVietnameseWithoutJson() {
		Captured c = run("image", "analyze", photo.toString());
		assertThat(c.exit).isZero();
		assertThat(c.out).contains("Kết luận:").contains("SHA-256");
	}

	@Test
	void writesHeatMapsToTheOutputFolder() {
		Path out = dir.resolve("maps");
		Captured c = run("image", "analyze", photo.toString(), "--json", "--out", out.toString());
		assertThat(c.exit).isZero();
		assertThat(out.resolve("ela.png")).exists();
		assertThat(out.resolve("noise-overlay.png")).exists();
		assertThat(c.out).contains(out.resolve("ela.png").toString());
	}

	@Test
	void emptyFileIsBadInputWithOnePlainLine() throws Exception {
		Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
		Captured c = run("image", "analyze", empty.toString(), "--json");
		assertThat(c.exit).isEqualTo(2);
		assertThat(c.out).isEmpty();
		assertThat(c.err.strip().lines().count()).isEqualTo(1);
		assertThat(c.err).contains("empty").doesNotContain("Exception").doesNotContain("vn.canhgiac");
	}

	@Test
	void missingFileIsBadInput() {
		Captured c = run("image", "analyze", dir.resolve("nope.jpg").toString());
		assertThat(c.exit).isEqualTo(2);
		assertThat(c.err).contains("not found");
	}

	@Test
	void batchAnswersEveryLineWithItsIdAndSurvivesBadLines() throws Exception {
		Path empty = Files.write(dir.resolve("zero.png"), new byte[0]);
		Path requests = Files.writeString(dir.resolve("req.jsonl"),
				"{\"id\": \"a\", \"file\": \"" + photo + "\"}\n" + "{\"id\": \"b\", \"file\": \"" + empty + "\"}\n"
						+ "not json\n" + "{\"id\": \"d\", \"file\": \"photo.jpg\", \"refs\": [\"photo.jpg\"]}\n");
		Captured c = run("image", "analyze", "--batch", requests.toString(), "--json");
		assertThat(c.exit).isZero();
		String[] lines = c.out.strip().split("\n");
		assertThat(lines).hasSize(4);
		assertThat(JsonOutput.MAPPER.readTree(lines[0]).get("verdict")).isNotNull();
		JsonNode bad = JsonOutput.MAPPER.readTree(lines[1]);
		assertThat(bad.get("id").asString()).isEqualTo("b");
		assertThat(bad.get("error").asString()).isEqualTo("empty");
		assertThat(JsonOutput.MAPPER.readTree(lines[2]).get("error").asString()).isEqualTo("bad_request");
		JsonNode withRef = JsonOutput.MAPPER.readTree(lines[3]);
		assertThat(withRef.get("id").asString()).isEqualTo("d");
		assertThat(withRef.get("verdict")).isNotNull();
	}

	record Captured(int exit, String out, String err) {
	}

	static Captured run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
		try {
			int exit = CanhGiacCli.run(args);
			return new Captured(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

}
