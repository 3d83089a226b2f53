package vn.canhgiac.engine.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Damaged files of every supported kind (truncated, bytes overwritten) either get a
 * report or a plain refusal; no other exception escapes to the caller. Seeded, so a
 * failure can be replayed.
 */
class FileAnalyzerRobustnessTests {

	private final FileAnalyzer analyzer = new FileAnalyzer();

	@Test
	void damagedFilesAreReportedOrRefusedNeverCrash() throws IOException {
		Random random = new Random(42);
		Map<String, byte[]> samples = samples();
		int refused = 0;
		int reported = 0;
		for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
			for (int i = 0; i < 15; i++) {
				byte[] damaged = damage(sample.getValue(), random);
				try {
					FileReport report = this.analyzer.analyze(damaged, sample.getKey());
					assertThat(report.verdict()).isIn("dangerous", "suspicious", "no_signs");
					reported++;
				}
				catch (InputRejected ex) {
					assertThat(ex.getMessage()).doesNotContain("Exception");
					refused++;
				}
				catch (RuntimeException ex) {
					fail("%s damaged with seed 42, case %d: %s", sample.getKey(), i, ex);
				}
			}
		}
		assertThat(refused).isPositive();
		assertThat(reported).isPositive();
	}

	private static byte[] damage(byte[] original, Random random) {
		byte[] copy = Arrays.copyOf(original, 1 + random.nextInt(original.length));
		if (random.nextBoolean()) {
			copy = original.clone();
		}
		int flips = 1 + random.nextInt(8);
		for (int i = 0; i < flips; i++) {
			copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
		}
		return copy;
	}

	private static Map<String, byte[]> samples() throws IOException {
		Map<String, byte[]> samples = new LinkedHashMap<>();
		samples.put("hoso.zip", TestFiles.zip(Map.of("a.txt", "Báo cáo".getBytes(StandardCharsets.UTF_8), "b.zip",
				TestFiles.zip(Map.of("c.txt", "x".getBytes(StandardCharsets.UTF_8))))));
		Map<String, byte[]> docx = new LinkedHashMap<>();
		docx.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
		docx.put("word/document.xml", "<w:document><w:t>Giấy mời</w:t></w:document>".getBytes(StandardCharsets.UTF_8));
		samples.put("giaymoi.docx", TestFiles.zip(docx));
		samples.put("app.apk", TestFiles
			.zip(Map.of("AndroidManifest.xml", TestFiles.binaryManifest(List.of("android.permission.READ_SMS")))));
		samples.put("thongbao.pdf", pdf());
		samples.put("thu.eml", ("From: Cong an <congan@gmail.com>\r\nSubject: Giay trieu tap\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
				+ "Chuyen tien ngay https://x.example/a\r\n--b\r\nContent-Type: application/zip; name=\"a.zip\"\r\n"
				+ "Content-Disposition: attachment; filename=\"a.zip\"\r\n\r\nPK\r\n--b--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		samples.put("anh.png", TestFiles.png(new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB)));
		samples.put("logo.svg",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Hi</text></svg>".getBytes(StandardCharsets.UTF_8));
		return samples;
	}

	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
