package vn.canhgiac.engine.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Office documents. Macros are found by structure, without an Office library: an Open XML
 * file with macros carries a {@code vbaProject.bin} part (ECMA-376 + MS-OFFMACRO), a
 * binary (OLE2) file a {@code _VBA_PROJECT} stream, whose name appears in UTF-16LE in the
 * compound file directory (MS-CFB §2.6).
 */
final class OfficeInspector {

	/** Relationship parts larger than this are not read; real ones are a few KB. */
	private static final long MAX_PART_BYTES = 10L * 1024 * 1024;

	private static final Pattern RELATIONSHIP = Pattern.compile("(?i)<Relationship\\b[^>]*>");

	private static final Pattern TARGET = Pattern.compile("(?i)Target\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern RUN_TEXT = Pattern
		.compile("<(?:w|a):t(?:\\s[^>]*)?>([^<]*)</(?:w|a):t>|<t(?:\\s[^>]*)?>([^<]*)</t>");

	private static final byte[] VBA_PROJECT_UTF16 = "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE);

	private OfficeInspector() {
	}

	static void inspectOpenXml(byte[] bytes, Inspection inspection) {
		ZipDirectory directory = ArchiveInspector.guarded(bytes, inspection);
		Findings findings = inspection.findings;
		boolean macro = false;
		StringBuilder text = new StringBuilder();
		for (ZipEntryInfo entry : directory.entries()) {
			String name = entry.name();
			macro |= name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin");
			if (name.contains("/activeX/")) {
				findings.add("malware", "office_activex", 0.5, "Tài liệu chứa điều khiển ActiveX có thể chạy mã.",
						"The document contains ActiveX controls that can run code.");
			}
			boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
			if (!xml || entry.encrypted() || entry.uncompressedSize() > MAX_PART_BYTES
					|| (entry.method() != 0 && entry.method() != 8)) {
				continue;
			}
			inspection.inflate(entry.uncompressedSize());
			String part = new String(directory.inflate(entry), StandardCharsets.UTF_8);
			if (XmlChecks.hasEntityTricks(part)) {
				XmlChecks.xxe(findings, name);
			}
			if (name.endsWith(".rels")) {
				relationships(part, inspection);
			}
			if (name.equals("[Content_Types].xml") && part.contains("macroEnabled")) {
				macro = true;
			}
			if (name.equals("word/document.xml") || name.startsWith("ppt/slides/slide")
					|| name.equals("xl/sharedStrings.xml")) {
				runText(part, text);
			}
		}
		if (macro) {
			macro(findings);
		}
		inspection.checkText(text.toString());
	}

	static void inspectCompoundFile(byte[] bytes, Findings findings) {
		if (indexOf(bytes, VBA_PROJECT_UTF16) >= 0) {
			macro(findings);
		}
	}

	/**
	 * External relationships are fetched by Office when the document opens: a remote
	 * template or OLE object is the "template injection" and Follina (CVE-2022-30190)
	 * route.
	 */
	private static void relationships(String rels, Inspection inspection) {
		Matcher m = RELATIONSHIP.matcher(rels);
		while (m.find()) {
			String relationship = m.group();
			if (!relationship.contains("External")) {
				continue;
			}
			Matcher target = TARGET.matcher(relationship);
			String url = target.find() ? XmlChecks.unescape(target.group(1)) : "";
			if (relationship.contains("/hyperlink\"")) {
				inspection.checkLink(url);
			}
			else {
				inspection.findings.add("malware", "office_remote_content", 0.85,
						"Tài liệu tự tải nội dung từ bên ngoài khi mở (" + url + "), cách phát tán mã độc phổ biến.",
						"The document loads content from outside when opened (" + url
								+ "), a common way to deliver malware.");
			}
		}
	}

	private static void runText(String xml, StringBuilder text) {
		Matcher m = RUN_TEXT.matcher(xml);
		while (m.find()) {
			String run = (m.group(1) != null) ? m.group(1) : m.group(2);
			text.append(XmlChecks.unescape(run)).append(' ');
		}
		text.append('\n');
	}

	private static void macro(Findings findings) {
		findings.add("malware", "office_macro", 0.85,
				"Tài liệu có chứa macro (mã lệnh VBA). Đừng bấm \"Enable Content\"/\"Bật nội dung\".",
				"The document contains macros (VBA code). Do not click \"Enable Content\".");
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
