package vn.canhgiac.engine.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import vn.canhgiac.engine.EngineVersion;
import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.text.MessageAnalyzer;
import vn.canhgiac.engine.url.UrlAnalyzer;

/**
 * Checks a file someone was sent: what it really is, whether its name lies, whether it
 * carries code (programs, macros, PDF scripts, dangerous app permissions, XML entity
 * attacks), and what its text, links, QR codes and attachments say. Files are only read:
 * nothing inside is run, opened or fetched.
 * <p>
 * Thread-safe; one instance can serve every request.
 */
public final class FileAnalyzer {

	private static final int MAX_TEXT_CHARS = 200_000;

	/**
	 * Images read by OCR per top-level file; later ones are still decoded for QR codes.
	 */
	private static final int MAX_OCR_IMAGES = 5;

	private static final Set<String> UNREADABLE_ENTRY = Set.of("empty", "truncated", "mislabelled", "malformed",
			"header_too_long");

	private final FileLimits limits;

	private final TextChecks textChecks;

	public FileAnalyzer() {
		this(FileLimits.defaults());
	}

	public FileAnalyzer(FileLimits limits) {
		this(limits, new UrlAnalyzer());
	}

	/**
	 * @param urls the link analyzer to use for links in files and in their text, e.g. one
	 * backed by the intelligence blocklist
	 */
	public FileAnalyzer(FileLimits limits, UrlAnalyzer urls) {
		this(limits, new AnalyzerTextChecks(new MessageAnalyzer(urls), urls));
	}

	FileAnalyzer(FileLimits limits, TextChecks textChecks) {
		this.limits = limits;
		this.textChecks = textChecks;
	}

	/**
	 * @param bytes the file's content
	 * @param fileName the name it was sent with (only compared with the content)
	 * @throws InputRejected when the file is empty, too large, truncated, a bomb, or
	 * named as a type its unrecognisable content is not
	 */
	public FileReport analyze(byte[] bytes, String fileName) {
		return analyze(bytes, fileName, fileName);
	}

	/** As {@link #analyze(byte[], String)}, with the caller's id for the report. */
	public FileReport analyze(byte[] bytes, String fileName, String id) {
		if (bytes.length > this.limits.maxBytes()) {
			throw Rejections.tooLarge(this.limits.maxBytes());
		}
		Budget budget = new Budget(this.limits.maxUncompressedBytes(), MAX_OCR_IMAGES);
		return report(bytes, fileName, id, 0, budget);
	}

	private FileReport report(byte[] bytes, String fileName, String id, int depth, Budget budget) {
		if (bytes.length == 0) {
			throw Rejections.empty();
		}
		Inspection inspection = new Inspection(this.limits, this.textChecks, depth, budget,
				(inner, name, innerDepth, innerBudget) -> entry(inner, name, innerDepth, innerBudget));
		ZipDirectory.Lookup zip = ZipDirectory.lookup(bytes, this.limits.maxArchiveEntries());
		String detected = ContentTypes.mediaType(bytes);
		FileType type = ContentTypes.family(detected, bytes, zip);
		String mediaType = ContentTypes.refined(detected, type, zip);
		String extension = FileNames.extension(fileName);
		NameChecks.check(fileName, extension, type, inspection.findings);
		inspect(bytes, type, extension, inspection);
		Findings findings = inspection.findings;
		double score = Verdicts.score(findings);
		String verdict = Verdicts.verdict(score);
		String category = Verdicts.category(findings);
		String text = findings.text.isEmpty() ? null : findings.text.toString();
		return new FileReport(id, verdict, score, category, Verdicts.strongestFirst(findings.allSignals()),
				List.copyOf(findings.indicators.values()), FileAdvice.forVerdict(verdict, category), fileName,
				mediaType, extension, sha256(bytes), bytes.length, text, findings.qrCodes, findings.mail,
				findings.handOffs, findings.notes, findings.entries, EngineVersion.current());
	}

	/**
	 * A damaged attachment or archive entry does not make its container unreadable: it is
	 * reported as such. Bombs, floods and excess nesting still refuse the whole file.
	 */
	private FileReport entry(byte[] bytes, String fileName, int depth, Budget budget) {
		try {
			return report(bytes, fileName, fileName, depth, budget);
		}
		catch (InputRejected ex) {
			if (!UNREADABLE_ENTRY.contains(ex.code())) {
				throw ex;
			}
			String extension = FileNames.extension(fileName);
			return new FileReport(fileName, FileReport.NO_SIGNS, 0, "none", List.of(), List.of(),
					FileAdvice.forVerdict(FileReport.NO_SIGNS, "none"), fileName, "application/octet-stream", extension,
					sha256(bytes), bytes.length, null, List.of(), null, List.of(),
					List.of("Not checked: " + ex.messageEn()), List.of(), EngineVersion.current());
		}
	}

	private void inspect(byte[] bytes, FileType type, String extension, Inspection inspection) {
		switch (type) {
			case APK -> ApkInspector.inspect(bytes, inspection);
			case OOXML -> OfficeInspector.inspectOpenXml(bytes, inspection);
			case OLE -> OfficeInspector.inspectCompoundFile(bytes, inspection.findings);
			case ZIP -> ArchiveInspector.inspect(bytes, inspection);
			case PDF -> PdfInspector.inspect(bytes, inspection);
			case IMAGE -> ImageInspector.inspect(bytes, inspection);
			case SVG, XML -> MarkupInspector.inspectXml(bytes, type, inspection);
			case HTML -> MarkupInspector.inspectHtml(bytes, inspection);
			case MAIL -> MailInspector.inspect(bytes, inspection);
			case TEXT -> {
				if (extension.equals("eml")) {
					MailInspector.inspect(bytes, inspection);
				}
				else {
					inspection.checkText(text(bytes));
				}
			}
			case OTHER_ARCHIVE -> inspection.findings.add("archive_evasion", "archive_not_inspected", 0.35,
					"Tệp nén dạng này (RAR, 7z, gz…) không mở được để kiểm tra; kẻ gian hay giấu chương trình độc hại trong đó.",
					"This kind of archive (RAR, 7z, gz…) cannot be opened for checking; criminals often hide programs in them.");
			case UNKNOWN -> unknown(extension, inspection);
			default -> {
				// Executables, shortcuts, disk images, JARs and other archives: their
				// type alone
				// is the finding (NameChecks); their content is not inspected further.
			}
		}
	}

	private static void unknown(String extension, Inspection inspection) {
		FileType declared = FileNames.declaredType(extension);
		boolean expectsStructure = declared != FileType.UNKNOWN && declared != FileType.TEXT
				&& !FileNames.DANGEROUS.contains(extension);
		if (expectsStructure) {
			throw Rejections.mislabelled(extension);
		}
		inspection.findings.notes.add("The file's type was not recognised; only its name was checked.");
	}

	private static String text(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		return (text.length() > MAX_TEXT_CHARS) ? text.substring(0, MAX_TEXT_CHARS) : text;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
