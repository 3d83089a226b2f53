package vn.canhgiac.bench.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the shared SMS sets. Their texts are never printed: only counts leave this class
 * (see ../shared/data/messages/README.md).
 */
final class SmsSets {

	record Sms(String text, boolean positive, String group) {
	}

	private SmsSets() {
	}

	/**
	 * dev_vi_sms_2025.csv: RFC 4180, header
	 * text,label,has_url,has_phone_number,sender_type.
	 */
	static List<Sms> vietnamese2025(Path file) throws IOException {
		List<List<String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
		List<Sms> out = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			out.add(new Sms(row.get(0), row.get(1).equals("scam"), row.get(4)));
		}
		return out;
	}

	/** The TSV sets: header label<TAB>text, split on the first tab. */
	static List<Sms> tsv(Path file, String positiveLabel) throws IOException {
		List<Sms> out = new ArrayList<>();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			int tab = line.indexOf('\t');
			if (tab > 0) {
				String label = line.substring(0, tab);
				out.add(new Sms(line.substring(tab + 1), label.equals(positiveLabel), label));
			}
		}
		return out;
	}

	static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

}
