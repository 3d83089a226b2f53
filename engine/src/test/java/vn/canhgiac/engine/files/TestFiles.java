package vn.canhgiac.engine.files;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * Builds hostile and ordinary test files in code, so that no binary fixture is committed.
 */
final class TestFiles {

	private TestFiles() {
	}

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] storedZip(String name, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry entry = new ZipEntry(name);
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(content.length);
			CRC32 crc = new CRC32();
			crc.update(content);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Rewrites a field of every central directory record (offset relative to the record).
	 */
	static byte[] patchCentralDirectory(byte[] zip, int fieldOffset, int value, int width) {
		byte[] copy = zip.clone();
		ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
		for (int p = 0; p <= copy.length - 46; p++) {
			if (buffer.getInt(p) == 0x02014b50) {
				if (width == 2) {
					buffer.putShort(p + fieldOffset, (short) value);
				}
				else {
					buffer.putInt(p + fieldOffset, value);
				}
			}
		}
		return copy;
	}

	/**
	 * The smallest bytes that are a Windows program to a reader: "MZ", e_lfanew,
	 * "PE\0\0".
	 */
	static byte[] windowsProgram() {
		byte[] pe = new byte[256];
		pe[0] = 'M';
		pe[1] = 'Z';
		pe[0x3C] = (byte) 0x80;
		pe[0x80] = 'P';
		pe[0x81] = 'E';
		return pe;
	}

	/**
	 * A compiled AndroidManifest.xml reduced to its string pool (UTF-16), which is what
	 * the permission check reads.
	 */
	static byte[] binaryManifest(List<String> strings) {
		return binaryManifest(strings, false);
	}

	/** As above; {@code utf8} selects the UTF-8 pool that newer build tools write. */
	static byte[] binaryManifest(List<String> strings, boolean utf8) {
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		List<Integer> offsets = new ArrayList<>();
		for (String s : strings) {
			offsets.add(data.size());
			if (utf8) {
				byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
				data.write(s.length());
				data.write(bytes.length);
				data.writeBytes(bytes);
				data.write(0);
			}
			else {
				data.write(s.length() & 0xFF);
				data.write((s.length() >> 8) & 0xFF);
				data.writeBytes(s.getBytes(StandardCharsets.UTF_16LE));
				data.write(0);
				data.write(0);
			}
		}
		while (data.size() % 4 != 0) {
			data.write(0);
		}
		int headerSize = 28;
		int stringsStart = headerSize + 4 * strings.size();
		int poolSize = stringsStart + data.size();
		ByteBuffer buffer = ByteBuffer.allocate(8 + poolSize).order(ByteOrder.LITTLE_ENDIAN);
		buffer.putShort((short) 0x0003).putShort((short) 8).putInt(8 + poolSize);
		buffer.putShort((short) 0x0001).putShort((short) headerSize).putInt(poolSize);
		buffer.putInt(strings.size()).putInt(0).putInt(utf8 ? 0x100 : 0).putInt(stringsStart).putInt(0);
		offsets.forEach(buffer::putInt);
		buffer.put(data.toByteArray());
		return buffer.array();
	}

	static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static void drawQr(Graphics2D g, String payload, int x, int y, int size) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2));
			for (int j = 0; j < matrix.getHeight(); j++) {
				for (int i = 0; i < matrix.getWidth(); i++) {
					g.setColor(matrix.get(i, j) ? Color.BLACK : Color.WHITE);
					g.fillRect(x + i, y + j, 1, 1);
				}
			}
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A printed letter: Vietnamese lines in a font with Vietnamese glyphs and a QR code.
	 */
	static BufferedImage letter(List<String> lines, String qrPayload) {
		BufferedImage image = new BufferedImage(1400, 1000, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
		int y = 80;
		for (String line : lines) {
			g.drawString(line, 60, y);
			y += 56;
		}
		drawQr(g, qrPayload, 1000, 600, 330);
		g.dispose();
		return image;
	}

	/** An EMVCo/VietQR payload for a transfer to an account of the bank with the BIN. */
	static String vietQr(String bin, String account, long amount) {
		String beneficiary = tlv("00", bin) + tlv("01", account);
		String merchant = tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", "QRIBFTTA");
		return tlv("00", "01") + tlv("01", "12") + tlv("38", merchant) + tlv("53", "704")
				+ tlv("54", Long.toString(amount)) + tlv("58", "VN") + tlv("63", "ABCD");
	}

	private static String tlv(String id, String value) {
		return id + String.format("%02d", value.length()) + value;
	}

}
