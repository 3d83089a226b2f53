package vn.canhgiac.engine.files;

import java.util.regex.Pattern;

/**
 * Lexical checks of XML text. No XML here is ever given to a parser that reads DTDs: the
 * markup is scanned as text, so an entity can be seen but never expanded or fetched.
 */
final class XmlChecks {

	private static final Pattern ENTITY = Pattern.compile("(?i)<!ENTITY");

	/** A DOCTYPE that pulls an external DTD; SVG's W3C public identifier is harmless. */
	private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile("(?i)<!DOCTYPE[^>]*\\b(SYSTEM|PUBLIC)\\s*[\"']");

	private static final Pattern W3C_DOCTYPE = Pattern
		.compile("(?i)<!DOCTYPE[^>\\[]*\"https?://www\\.w3\\.org/[^\"]*\"\\s*>");

	private static final Pattern XINCLUDE = Pattern.compile("(?i)<(\\w+:)?include\\b[^>]*XInclude|xi:include");

	private static final Pattern SCRIPT = Pattern.compile("(?i)<script\\b|\\son[a-z]+\\s*=|javascript:");

	private XmlChecks() {
	}

	/** Entity declarations, external DTDs and XInclude: the tools of XXE. */
	static boolean hasEntityTricks(String xml) {
		if (ENTITY.matcher(xml).find() || XINCLUDE.matcher(xml).find()) {
			return true;
		}
		return EXTERNAL_DOCTYPE.matcher(xml).find() && !W3C_DOCTYPE.matcher(xml).find();
	}

	static boolean hasScript(String markup) {
		return SCRIPT.matcher(markup).find();
	}

	static void xxe(Findings findings, String where) {
		findings.add("malware", "xml_entity_attack", 0.9,
				"Tệp chứa khai báo thực thể XML (" + where
						+ "), một kỹ thuật tấn công (XXE) nhằm đọc trộm tệp hoặc gọi ra máy chủ ngoài.",
				"The file declares XML entities or an external DTD (" + where
						+ "), an attack (XXE) that tries to read local files or call out to other servers.");
	}

	/** Decodes the five predefined XML entities; nothing else is expanded. */
	static String unescape(String text) {
		return text.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&apos;", "'")
			.replace("&amp;", "&");
	}

}
