package vn.canhgiac.bench.files;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.files.FileAnalyzer;
import vn.canhgiac.engine.files.FileReport;

/**
 * Latency of one file check per kind of file, and of refusing bombs, on generated inputs:
 * median and worst of N runs after warm-up, single thread.
 * <p>
 * Run:
 * {@code ./mvnw -q -pl engine,bench -am install -DskipTests -Dspring-javaformat.skip=true}
 * then
 * {@code ./mvnw -q -pl bench exec:java -Dexec.mainClass=vn.canhgiac.bench.files.FileCheckBenchmark -Dexec.args="20"}.
 */
public final class FileCheckBenchmark {

	private FileCheckBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		FileAnalyzer analyzer = new FileAnalyzer();
		Map<String, byte[]> inputs = new LinkedHashMap<>();
		inputs.put("thu.eml", eml());
		inputs.put("giaymoi.docm", docm());
		inputs.put("hoso.zip", zip(Map.of("a.txt", "Báo cáo quý".repeat(1000).getBytes(StandardCharsets.UTF_8),
				"hoadon.pdf.exe", new byte[4096])));
		inputs.put("zip-bomb.zip", zip(Map.of("zeros", new byte[64 * 1024 * 1024])));
		inputs.put("mime-bomb.eml", mimeBomb());
		inputs.put("thu-photo.jpg", letterPhoto());
		System.out.printf(Locale.ROOT, "file check latency, %d runs each after 2 warm-up runs%n", runs);
		for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
			List<Double> millis = new ArrayList<>();
			String outcome = "";
			for (int i = 0; i < runs + 2; i++) {
				long start = System.nanoTime();
				outcome = check(analyzer, input.getValue(), input.getKey());
				if (i >= 2) {
					millis.add((System.nanoTime() - start) / 1e6);
				}
			}
			millis.sort(Double::compare);
			System.out.printf(Locale.ROOT, "%-16s %9d bytes  median %8.1f ms  worst %8.1f ms  -> %s%n", input.getKey(),
					input.getValue().length, millis.get(millis.size() / 2), millis.get(millis.size() - 1), outcome);
		}
	}

	private static String check(FileAnalyzer analyzer, byte[] bytes, String name) {
		try {
			FileReport report = analyzer.analyze(bytes, name);
			return report.verdict() + " (" + report.category() + ")";
		}
		catch (InputRejected ex) {
			return "refused: " + ex.code();
		}
	}

	private static byte[] eml() {
		return ("From: =?UTF-8?B?Q8O0bmcgYW4gVFAgSMOgIE7hu5lp?= <congan.hanoi@gmail.com>\r\n"
				+ "Reply-To: xuly@outlook.com\r\nSubject: Giay trieu tap\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
				+ "<p>Anh liên quan vụ án rửa tiền. Xem <a href=\"http://bocongan-gov.vn.xyz/tt\">https://bocongan.gov.vn</a>."
				+ " Gọi 0912345678 ngay hôm nay.</p>\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] docm() throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
		parts.put("word/document.xml",
				("<w:document><w:body>" + "<w:p><w:r><w:t>Kính gửi các đồng chí.</w:t></w:r></w:p>".repeat(500)
						+ "</w:body></w:document>")
					.getBytes(StandardCharsets.UTF_8));
		parts.put("word/vbaProject.bin", new byte[2048]);
		return zip(parts);
	}

	private static byte[] mimeBomb() {
		StringBuilder eml = new StringBuilder(
				"From: a@example.vn\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n");
		eml.append("--x\r\nContent-Type: text/plain\r\n\r\np\r\n".repeat(10_000)).append("--x--\r\n");
		return eml.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] letterPhoto() throws IOException {
		BufferedImage page = OcrBenchmark.letter(
				List.of("Chúng tôi có video nhạy cảm của anh.",
						"Chuyển 50 triệu trong 24 giờ nếu không sẽ gửi cho cơ quan.", "Liên hệ Telegram @thamtu_xuly"),
				new Font(Font.SERIF, Font.PLAIN, 34));
		QrCodes.draw(page, QrCodes.vietQr("970422", "0987654321999", 50_000_000), page.getWidth() - 420, 20, 300);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(OcrBenchmark.photo(page, new Random(7)), "jpg", out);
		return out.toByteArray();
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
