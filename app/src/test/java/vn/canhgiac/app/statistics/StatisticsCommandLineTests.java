package vn.canhgiac.app.statistics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.canhgiac.app.testing.PortalCommand;
import vn.canhgiac.app.testing.PortalCommand.Run;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/canhgiac report monthly --month YYYY-MM --out FILE} as the launcher runs it,
 * against the configured database: a PDF of that month, written whole; wrong usage exits
 * 2 and writes nothing.
 */
class StatisticsCommandLineTests {

	@Test
	void theMonthlyReportIsWrittenFromTheCommandLine() throws Exception {
		String home = "target/test-homes/" + UUID.randomUUID();
		Path out = Path.of(home + "-bao-cao.pdf").toAbsolutePath();
		Files.createDirectories(out.getParent());
		Run run = run(home, "report", "monthly", "--month", "2026-09", "--out", out.toString());
		assertThat(run.code()).as(run.out()).isZero();
		assertThat(run.out()).contains("2026-09");
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(out))) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("BÁO CÁO")
				.contains("tháng 9 năm 2026")
				.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		}

		Path nothing = Path.of(home + "-khong.pdf");
		assertThat(run(home, "report", "monthly", "--month", "tháng-9", "--out", nothing.toString()).code())
			.isEqualTo(2);
		assertThat(run(home, "report", "monthly").code()).isEqualTo(2);
		assertThat(nothing).doesNotExist();
	}

	private static Run run(String home, String... args) {
		return PortalCommand.run(home, Map.of(), args);
	}

}
