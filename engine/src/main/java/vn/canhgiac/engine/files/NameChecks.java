package vn.canhgiac.engine.files;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The name against the content: dangerous types whatever they are called, names built to
 * look like documents, and extensions that do not match the content.
 */
final class NameChecks {

	private static final Set<FileType> RUNS_CODE = EnumSet.of(FileType.EXECUTABLE, FileType.APK, FileType.JAR,
			FileType.SHORTCUT, FileType.DISK_IMAGE);

	/**
	 * Pairs that differ in family but not in truth: a .txt holding HTML is still text.
	 */
	private static final Set<FileType> TEXTUAL = EnumSet.of(FileType.TEXT, FileType.HTML, FileType.XML, FileType.SVG,
			FileType.MAIL);

	private NameChecks() {
	}

	static void check(String fileName, String extension, FileType content, Findings findings) {
		if (FileNames.hasDirectionOverride(fileName)) {
			findings.add("malware", "file_name_direction_override", 0.9,
					"Tên tệp dùng ký tự đảo chiều để giấu đuôi thật của tệp.",
					"The file name uses a direction-override character to hide its real extension.");
		}
		if (FileNames.hasDeceptiveDoubleExtension(fileName)) {
			findings.add("malware", "double_extension", 0.9,
					"Tên tệp có hai đuôi (" + FileNames.baseName(fileName)
							+ "): trông như tài liệu nhưng thực ra là chương trình.",
					"The name has two extensions (" + FileNames.baseName(fileName)
							+ "): it looks like a document but is a program.");
		}
		if (RUNS_CODE.contains(content) || FileNames.DANGEROUS.contains(extension)) {
			String what = RUNS_CODE.contains(content) ? content.name().toLowerCase(Locale.ROOT).replace('_', ' ')
					: "." + extension;
			findings.add("malware", "dangerous_file_type", 0.9,
					"Đây là tệp chương trình/cài đặt (" + what + "), có thể cài mã độc chiếm quyền điều khiển máy.",
					"This is a program or installer (" + what + ") that can install malware and take over the device.");
		}
		FileType declared = FileNames.declaredType(extension);
		boolean bothKnown = declared != FileType.UNKNOWN && content != FileType.UNKNOWN;
		boolean sameFamily = declared == content || (TEXTUAL.contains(declared) && TEXTUAL.contains(content))
				|| (declared == FileType.ZIP && content == FileType.OOXML)
				|| (declared == FileType.OLE && content == FileType.OLE);
		if (bothKnown && !sameFamily) {
			findings.add("malware", "extension_mismatch", 0.5,
					"Đuôi tệp ." + extension + " không khớp với nội dung thật ("
							+ content.name().toLowerCase(Locale.ROOT) + ").",
					"The extension ." + extension + " does not match the real content ("
							+ content.name().toLowerCase(Locale.ROOT) + ").");
		}
	}

}
