package vn.canhgiac.bench.files;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import vn.canhgiac.engine.ocr.OcrReader;
import vn.canhgiac.engine.ocr.OcrResult;
import vn.canhgiac.engine.qr.QrReader;

/**
 * OCR character error rate (CER) on generated images: phone screenshots of chat messages
 * and photographed printed letters (rotated, blurred, unevenly lit, JPEG). The texts are
 * written for this benchmark (the project owns them); rendering uses Debian's Noto fonts,
 * which have the Vietnamese glyphs.
 * <p>
 * CER = Levenshtein distance between the rendered and the recognised text, both NFC with
 * whitespace collapsed, divided by the length of the rendered text; reported as the
 * character-weighted mean per kind of image.
 * <p>
 * Run:
 * {@code ./mvnw -q -pl engine,bench -am install -DskipTests -Dspring-javaformat.skip=true}
 * then
 * {@code ./mvnw -q -pl bench exec:java -Dexec.mainClass=vn.canhgiac.bench.files.OcrBenchmark -Dexec.args="20"}
 * (the argument is the number of images of each kind; default 20).
 */
public final class OcrBenchmark {

	private static final List<String> LINES = List.of("Chúng tôi đang giữ video nhạy cảm của anh.",
			"Nếu không chuyển 50 triệu trong 24 giờ, video sẽ được gửi cho cơ quan.",
			"Liên hệ Telegram @thamtu_xuly để được giải quyết riêng.",
			"Tài khoản nhận tiền: 0987654321 ngân hàng MBBank.",
			"Công an thành phố thông báo anh liên quan đến vụ án rửa tiền.",
			"Vui lòng cài đặt ứng dụng Dịch vụ công để cập nhật định danh.",
			"Quý khách được hoàn thuế 3.250.000 đồng, bấm vào đường link để nhận.",
			"Đừng báo cho gia đình, nếu không chúng tôi sẽ công khai hình ảnh.",
			"Mã OTP của bạn là bí mật, không cung cấp cho bất kỳ ai.",
			"Ủy ban nhân dân xã đề nghị cán bộ thực hiện nghiêm chỉ thị.",
			"Gửi ông Trần Văn Hùng, trưởng phòng tài chính kế hoạch huyện.",
			"Hạn cuối là 17 giờ ngày mai, sau đó mọi việc sẽ quá muộn.",
			"Số điện thoại liên hệ: 0912 345 678 hoặc Zalo cùng số.",
			"Chúng tôi là thám tử tư, đã theo dõi anh nhiều tháng nay.",
			"Ví USDT TRC20 để chuyển khoản được ghi ở mặt sau lá thư này.",
			"Bộ Công an không yêu cầu người dân chuyển tiền qua điện thoại.");

	private OcrBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		if (!OcrReader.available()) {
			System.out.println("OCR not available: install tesseract-ocr-vie tesseract-ocr-eng");
			return;
		}
		Font sans = font("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", Font.SANS_SERIF);
		Font serif = font("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf", Font.SERIF);
		OcrReader.read(new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY));
		Random random = new Random(20241128);
		Tally screenshots = new Tally();
		Tally letters = new Tally();
		int qrFound = 0;
		for (int i = 0; i < count; i++) {
			List<String> text = pick(random, 4);
			screenshots.add(text, screenshot(text, sans.deriveFont(30f), random));
			List<String> letterText = pick(random, 6);
			letters.add(letterText, photo(letter(letterText, serif.deriveFont(34f)), random));
			String account = String.format(Locale.ROOT, "%013d", Math.abs(random.nextLong() % 10_000_000_000_000L));
			BufferedImage withQr = letter(pick(random, 2), serif.deriveFont(34f));
			QrCodes.draw(withQr, QrCodes.vietQr("970422", account, 50_000_000), withQr.getWidth() - 420, 40, 360);
			qrFound += QrReader.read(photo(withQr, random))
				.stream()
				.anyMatch((code) -> code.payload().contains(account)) ? 1 : 0;
		}
		System.out.printf(Locale.ROOT, "OCR vie+eng, %d images per kind%n", count);
		screenshots.print("screenshots (phone chat, 1080 px wide, PNG)");
		letters.print("letter photos (rotated ±2°, blur, uneven light, JPEG q60)");
		System.out.printf(Locale.ROOT, "VietQR on letter photos decoded with the right account: %d/%d%n", qrFound,
				count);
	}

	private static Font font(String path, String fallback) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, Files.newInputStream(Path.of(path)));
		}
		catch (IOException | FontFormatException ex) {
			return new Font(fallback, Font.PLAIN, 12);
		}
	}

	private static List<String> pick(Random random, int lines) {
		List<String> picked = new ArrayList<>();
		for (int i = 0; i < lines; i++) {
			picked.add(LINES.get(random.nextInt(LINES.size())));
		}
		return picked;
	}

	/** A chat screenshot: grey bubbles with wrapped lines on a white phone screen. */
	static BufferedImage screenshot(List<String> lines, Font font, Random random) {
		BufferedImage image = new BufferedImage(1080, 140 + lines.size() * 170, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(new Color(0, 104, 255));
		g.fillRect(0, 0, image.getWidth(), 100);
		g.setFont(font);
		int y = 150;
		for (String line : lines) {
			g.setColor(new Color(236, 238, 242));
			g.fillRoundRect(30, y - 50, 1020, 140, 36, 36);
			g.setColor(new Color(20, 20, 20));
			y = drawWrapped(g, line, 60, y + 10, 960);
			y += 110;
		}
		g.dispose();
		return image;
	}

	static BufferedImage letter(List<String> lines, Font font) {
		BufferedImage image = new BufferedImage(1700, 200 + lines.size() * 130, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(new Color(250, 248, 240));
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(new Color(25, 25, 30));
		g.setFont(font);
		int y = 120;
		for (String line : lines) {
			y = drawWrapped(g, line, 100, y, 1500) + 70;
		}
		g.dispose();
		return image;
	}

	/** A phone photo of the letter: small rotation, blur, a light gradient, JPEG. */
	static BufferedImage photo(BufferedImage page, Random random) throws IOException {
		double angle = Math.toRadians(random.nextDouble() * 4 - 2);
		BufferedImage rotated = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rotated.createGraphics();
		g.setColor(new Color(120, 110, 100));
		g.fillRect(0, 0, rotated.getWidth(), rotated.getHeight());
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(page, AffineTransform.getRotateInstance(angle, page.getWidth() / 2.0, page.getHeight() / 2.0),
				null);
		g.dispose();
		float[] box = new float[9];
		Arrays.fill(box, 1f / 9);
		BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, box), ConvolveOp.EDGE_NO_OP, null).filter(rotated,
				null);
		for (int y = 0; y < blurred.getHeight(); y++) {
			for (int x = 0; x < blurred.getWidth(); x++) {
				double light = 0.8 + 0.2 * x / blurred.getWidth();
				int rgb = blurred.getRGB(x, y);
				int r = (int) (((rgb >> 16) & 0xFF) * light);
				int gr = (int) (((rgb >> 8) & 0xFF) * light);
				int b = (int) ((rgb & 0xFF) * light);
				blurred.setRGB(x, y, (r << 16) | (gr << 8) | b);
			}
		}
		return jpeg(blurred, 0.6f);
	}

	private static BufferedImage jpeg(BufferedImage image, float quality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
	}

	private static int drawWrapped(Graphics2D g, String text, int x, int y, int width) {
		StringBuilder line = new StringBuilder();
		int lineHeight = g.getFontMetrics().getHeight();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (g.getFontMetrics().stringWidth(candidate) > width && !line.isEmpty()) {
				g.drawString(line.toString(), x, y);
				y += lineHeight;
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		g.drawString(line.toString(), x, y);
		return y;
	}

	static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
	}

	static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** Character-weighted CER and time per image for one kind of image. */
	private static final class Tally {

		private long errors;

		private long characters;

		private long nanos;

		private int images;

		private final List<Double> perImage = new ArrayList<>();

		void add(List<String> lines, BufferedImage image) {
			String reference = normalise(String.join(" ", lines));
			long start = System.nanoTime();
			OcrResult result = OcrReader.read(image);
			this.nanos += System.nanoTime() - start;
			int distance = levenshtein(reference, normalise(result.text()));
			this.errors += distance;
			this.characters += reference.length();
			this.images++;
			this.perImage.add((double) distance / reference.length());
		}

		void print(String kind) {
			this.perImage.sort(Double::compare);
			double median = this.perImage.isEmpty() ? 0 : this.perImage.get(this.perImage.size() / 2);
			System.out.printf(Locale.ROOT,
					"%-60s CER %.2f%% (median %.2f%%, worst %.2f%%) over %d chars, %.0f ms/image%n", kind,
					100.0 * this.errors / Math.max(1, this.characters), 100 * median,
					this.perImage.isEmpty() ? 0 : 100 * this.perImage.get(this.perImage.size() - 1), this.characters,
					this.nanos / 1e6 / Math.max(1, this.images));
		}

	}

}
