package vn.canhgiac.engine.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OcrReaderTests {

	@Test
	void readsVietnameseTextWithDiacritics() {
		assumeTrue(OcrReader.available(), "tessdata missing: apt-get install tesseract-ocr-vie tesseract-ocr-eng");
		BufferedImage image = new BufferedImage(1200, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 1200, 200);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
		g.drawString("Chuyển tiền ngay nếu không muốn", 40, 90);
		g.drawString("bị gửi ảnh cho cơ quan", 40, 150);
		g.dispose();

		OcrResult result = OcrReader.read(image);

		assertThat(result.available()).isTrue();
		assertThat(result.languages()).isEqualTo("vie+eng");
		assertThat(result.text()).contains("Chuyển tiền").contains("cơ quan");
	}

	@Test
	void enlargesSmallScreenshotsAndShrinksHugePhotosForRecognition() {
		assertThat(TesseractEngine.scale(720, 1600)).isEqualTo(2);
		assertThat(TesseractEngine.scale(3000, 2000)).isEqualTo(1);
		double factor = TesseractEngine.scale(8000, 6000);
		assertThat(8000 * factor * 6000 * factor).isLessThanOrEqualTo(16_000_001);
		double tall = TesseractEngine.scale(1080, 20000);
		assertThat(tall).isLessThan(1);
	}

	@Test
	void findsLanguageDataThroughTessdataPrefixFolderOrItsParent(@TempDir Path dir) throws Exception {
		assertThat(Tessdata.locate(dir.toString())).isNotEqualTo(Optional.of(dir));
		Path tessdata = Files.createDirectory(dir.resolve("tessdata"));
		Files.writeString(tessdata.resolve("vie.traineddata"), "x");
		assertThat(Tessdata.locate(dir.toString())).isNotEqualTo(Optional.of(tessdata));
		Files.writeString(tessdata.resolve("eng.traineddata"), "x");
		assertThat(Tessdata.locate(dir.toString())).contains(tessdata);
		assertThat(Tessdata.locate(tessdata.toString())).contains(tessdata);
	}

}
