package vn.canhgiac.engine.files;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.Advice;
import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.qr.QrCode;

/**
 * The result of checking one file, following the message/URL/file report contract of
 * DESIGN.md §2, with what is particular to files.
 *
 * @param id the caller's id, the file name by default
 * @param verdict {@code dangerous}, {@code suspicious} or {@code no_signs}
 * @param score 0..1, higher is more dangerous; the largest of this file's own evidence
 * and of its entries
 * @param category the kind of threat behind the strongest reason, e.g. {@code malware},
 * {@code phishing}, {@code archive_evasion}, or a message category; {@code none} without
 * reasons
 * @param signals the reasons, strongest first; text spans refer to {@code text}
 * @param indicators contacts, accounts, wallets and links found in the file
 * @param advice what to do, in the directive's words
 * @param fileName the name as given
 * @param detectedType the media type found from the content
 * @param declaredExtension the extension of the name, lower case, empty without one
 * @param sha256 hex SHA-256 of the bytes
 * @param sizeBytes the size of the file
 * @param text the readable text that was analysed (body, document text, OCR), if any
 * @param qrCodes QR codes decoded from images
 * @param mail the envelope, when the file is an e-mail
 * @param handOffs analyses to run elsewhere on this file, e.g. {@code image_forensics}
 * @param notes plain statements about limits of the check, e.g. OCR not installed
 * @param entries reports of archive entries and e-mail attachments
 * @param engineVersion the engine that produced the report
 */
public record FileReport(String id, String verdict, double score, String category, List<Signal> signals,
		List<Indicator> indicators, List<Advice> advice, String fileName, String detectedType, String declaredExtension,
		String sha256, long sizeBytes, @Nullable String text, List<QrCode> qrCodes, @Nullable MailSummary mail,
		List<String> handOffs, List<String> notes, List<FileReport> entries, String engineVersion) {

	public static final String DANGEROUS = "dangerous";

	public static final String SUSPICIOUS = "suspicious";

	public static final String NO_SIGNS = "no_signs";

	/** The hand-off name for images that the image forensics engine should examine. */
	public static final String IMAGE_FORENSICS = "image_forensics";

	public FileReport {
		signals = List.copyOf(signals);
		indicators = List.copyOf(indicators);
		advice = List.copyOf(advice);
		qrCodes = List.copyOf(qrCodes);
		handOffs = List.copyOf(handOffs);
		notes = List.copyOf(notes);
		entries = List.copyOf(entries);
	}

}
