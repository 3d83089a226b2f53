package vn.canhgiac.engine.files;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a file name claims. Names are attacker-written: the extension is compared with the
 * content, never trusted.
 */
final class FileNames {

	/** Types that run code when opened on Windows or Android. */
	static final Set<String> DANGEROUS = Set.of("apk", "exe", "scr", "js", "jse", "vbs", "vbe", "wsf", "lnk", "iso",
			"img", "msi", "bat", "cmd", "ps1", "hta", "com", "pif", "cpl", "jar", "dll", "reg", "vhd", "vhdx", "xapk",
			"apkm", "chm", "msc");

	/** Extensions that victims expect to be harmless documents or pictures. */
	private static final Set<String> DOCUMENT_LIKE = Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt",
			"jpg", "jpeg", "png", "gif", "webp", "heic", "mp4", "mp3", "zip", "rar", "rtf", "csv", "htm", "html");

	private static final Map<String, FileType> DECLARED = Map.ofEntries(Map.entry("exe", FileType.EXECUTABLE),
			Map.entry("scr", FileType.EXECUTABLE), Map.entry("dll", FileType.EXECUTABLE),
			Map.entry("com", FileType.EXECUTABLE), Map.entry("pif", FileType.EXECUTABLE),
			Map.entry("cpl", FileType.EXECUTABLE), Map.entry("apk", FileType.APK), Map.entry("jar", FileType.JAR),
			Map.entry("docx", FileType.OOXML), Map.entry("docm", FileType.OOXML), Map.entry("xlsx", FileType.OOXML),
			Map.entry("xlsm", FileType.OOXML), Map.entry("pptx", FileType.OOXML), Map.entry("pptm", FileType.OOXML),
			Map.entry("doc", FileType.OLE), Map.entry("xls", FileType.OLE), Map.entry("ppt", FileType.OLE),
			Map.entry("msi", FileType.OLE), Map.entry("zip", FileType.ZIP), Map.entry("rar", FileType.OTHER_ARCHIVE),
			Map.entry("7z", FileType.OTHER_ARCHIVE), Map.entry("gz", FileType.OTHER_ARCHIVE),
			Map.entry("pdf", FileType.PDF), Map.entry("jpg", FileType.IMAGE), Map.entry("jpeg", FileType.IMAGE),
			Map.entry("png", FileType.IMAGE), Map.entry("gif", FileType.IMAGE), Map.entry("webp", FileType.IMAGE),
			Map.entry("bmp", FileType.IMAGE), Map.entry("tif", FileType.IMAGE), Map.entry("tiff", FileType.IMAGE),
			Map.entry("svg", FileType.SVG), Map.entry("xml", FileType.XML), Map.entry("htm", FileType.HTML),
			Map.entry("html", FileType.HTML), Map.entry("eml", FileType.MAIL), Map.entry("txt", FileType.TEXT),
			Map.entry("iso", FileType.DISK_IMAGE), Map.entry("img", FileType.DISK_IMAGE),
			Map.entry("lnk", FileType.SHORTCUT));

	private FileNames() {
	}

	static String extension(String fileName) {
		String base = baseName(fileName).strip();
		int dot = base.lastIndexOf('.');
		return (dot < 0 || dot == base.length() - 1) ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static String baseName(String fileName) {
		int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
		return fileName.substring(slash + 1);
	}

	/**
	 * {@code hoadon.pdf.exe}: a harmless-looking extension followed by a dangerous one,
	 * relying on Windows hiding the last extension.
	 */
	static boolean hasDeceptiveDoubleExtension(String fileName) {
		String base = baseName(fileName).strip().toLowerCase(Locale.ROOT);
		String[] parts = base.split("\\.");
		if (parts.length < 3) {
			return false;
		}
		String last = parts[parts.length - 1];
		String before = parts[parts.length - 2].strip();
		return DANGEROUS.contains(last) && DOCUMENT_LIKE.contains(before);
	}

	/**
	 * U+202E RIGHT-TO-LEFT OVERRIDE makes {@code hoadon\u202Efdp.exe} display as
	 * {@code hoadonexe.pdf}.
	 */
	static boolean hasDirectionOverride(String fileName) {
		return fileName.chars().anyMatch((c) -> c == '\u202E' || c == '\u202D' || c == '\u2066' || c == '\u2067');
	}

	static FileType declaredType(String extension) {
		return DECLARED.getOrDefault(extension, FileType.UNKNOWN);
	}

}
