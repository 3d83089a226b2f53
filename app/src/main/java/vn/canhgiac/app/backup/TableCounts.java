package vn.canhgiac.app.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows per table of the portal's schema, as {@code tables.tsv} in a backup: what a
 * restore must find again. Table names come from the catalogue, never from input.
 */
final class TableCounts {

	static final String FILE = "tables.tsv";

	private TableCounts() {
	}

	static List<String> tables(JdbcClient jdbc) {
		return jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")
			.query(String.class)
			.list();
	}

	static Map<String, Long> count(JdbcClient jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : tables(jdbc)) {
			counts.put(table,
					jdbc.sql("select count(*) from \"" + table.replace("\"", "\"\"") + "\"")
						.query(Long.class)
						.single());
		}
		return counts;
	}

	static void write(Path file, Map<String, Long> counts) throws IOException {
		StringBuilder text = new StringBuilder();
		counts.forEach((table, rows) -> text.append(table).append('\t').append(rows).append('\n'));
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	static Map<String, Long> read(Path file) throws IOException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t");
			if (fields.length == 2) {
				counts.put(fields[0], Long.parseLong(fields[1]));
			}
		}
		return counts;
	}

	static int serverMajor(JdbcClient jdbc) {
		return jdbc.sql("show server_version_num").query(Integer.class).single() / 10000;
	}

}
