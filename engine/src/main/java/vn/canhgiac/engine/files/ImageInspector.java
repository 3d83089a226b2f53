package vn.canhgiac.engine.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.ocr.OcrReader;
import vn.canhgiac.engine.ocr.OcrResult;
import vn.canhgiac.engine.qr.QrCode;
import vn.canhgiac.engine.qr.QrReader;

/**
 * Screenshots and photographed letters: the text they show goes to the message checks,
 * the QR codes they carry to the link and indicator checks, and the picture itself to
 * image forensics (marked as a hand-off; that engine decides whether it was composited).
 */
final class ImageInspector {

	private ImageInspector() {
	}

	static void inspect(byte[] bytes, Inspection inspection) {
		Findings findings = inspection.findings;
		findings.handOffs.add(FileReport.IMAGE_FORENSICS);
		// XMP metadata is XML inside the picture; a DTD there targets whatever parses it.
		if (XmlChecks.hasEntityTricks(new String(bytes, StandardCharsets.ISO_8859_1))) {
			XmlChecks.xxe(findings, "XMP");
		}
		if (!decodable(bytes)) {
			findings.notes
				.add("This image format (e.g. HEIC) cannot be decoded here; text and QR codes were not read.");
			return;
		}
		BufferedImage image = decode(bytes, inspection.limits.maxImagePixels());
		for (QrCode code : QrReader.read(image)) {
			findings.qrCodes.add(code);
			code.indicators().forEach(findings::indicator);
			if (code.kind().equals("url")) {
				inspection.checkLink(code.payload());
			}
			else if (code.kind().equals("text")) {
				inspection.checkText(code.payload());
			}
		}
		if (!inspection.takeOcrImage()) {
			findings.notes.add("Text was not read: this file holds more images than are read per check.");
			return;
		}
		OcrResult ocr = OcrReader.read(withoutCodes(image, findings.qrCodes));
		if (!ocr.available()) {
			findings.notes.add(ocr.unavailableReason());
			return;
		}
		inspection.checkText(ocr.text());
	}

	/**
	 * QR modules read as letters; blanking the codes keeps that noise out of the text.
	 */
	private static BufferedImage withoutCodes(BufferedImage image, List<QrCode> codes) {
		if (codes.stream().allMatch((code) -> code.region() == null)) {
			return image;
		}
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = copy.createGraphics();
		try {
			g.drawImage(image, 0, 0, null);
			g.setColor(Color.WHITE);
			for (QrCode code : codes) {
				QrCode.Region region = code.region();
				if (region != null) {
					g.fillRect(region.x(), region.y(), region.width(), region.height());
				}
			}
		}
		finally {
			g.dispose();
		}
		return copy;
	}

	/** HEIC and other formats without an ImageIO reader are handed on undecoded. */
	private static boolean decodable(byte[] bytes) {
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			return ImageIO.getImageReaders(in).hasNext();
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Reads the dimensions from the header first, so a pixel flood is refused undecoded.
	 */
	static BufferedImage decode(byte[] bytes, long maxPixels) {
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw Rejections.damaged("image");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > maxPixels) {
					throw Rejections.pixelFlood(maxPixels);
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InputRejected rejected) {
				throw rejected;
			}
			throw Rejections.damaged("image");
		}
	}

}
