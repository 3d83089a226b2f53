package vn.canhgiac.app.directory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads people from a UTF-8 CSV file with a header row. Every row is validated before
 * anything is written, so a file with one bad row imports nothing.
 */
final class PeopleCsvImport {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_ROWS = 10_000;

	private static final int MAX_PROBLEMS = 200;

	/** Accepted header names: English and Vietnamese (with or without diacritics). */
	private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("full_name", "full_name"),
			Map.entry("ho_ten", "full_name"), Map.entry("họ tên", "full_name"), Map.entry("ho ten", "full_name"),
			Map.entry("unit_code", "unit_code"), Map.entry("ma_don_vi", "unit_code"),
			Map.entry("mã đơn vị", "unit_code"), Map.entry("position", "position"), Map.entry("chuc_vu", "position"),
			Map.entry("chức vụ", "position"), Map.entry("email", "email"), Map.entry("phone", "phone"),
			Map.entry("dien_thoai", "phone"), Map.entry("điện thoại", "phone"));

	record Row(long line, String fullName, String unitCode, @Nullable String position, @Nullable String email,
			@Nullable String phone) {

	}

	record Parsed(List<Row> rows, List<ImportProblem> problems) {

	}

	private PeopleCsvImport() {
	}

	static Parsed parse(byte[] bytes, Predicate<String> unitCodeAllowed, Predicate<String> unitCodeExists,
			Set<String> emailsInUse) {
		List<ImportProblem> problems = new ArrayList<>();
		if (bytes.length == 0) {
			return failed(0, "Tệp trống.", "The file is empty.");
		}
		if (bytes.length > MAX_BYTES) {
			return failed(0, "Tệp quá lớn (tối đa 2 MB).", "The file is too large (2 MB at most).");
		}
		Optional<String> text = utf8(bytes);
		if (text.isEmpty()) {
			return failed(0, "Tệp không phải UTF-8. Trong Excel, chọn \"CSV UTF-8\" khi lưu.",
					"The file is not UTF-8. In Excel, save as \"CSV UTF-8\".");
		}
		List<Row> rows = new ArrayList<>();
		Set<String> emailsInFile = new HashSet<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(text.get())), format)) {
			Map<String, String> columns = columns(parser.getHeaderNames());
			for (String required : List.of("full_name", "unit_code")) {
				if (!columns.containsValue(required)) {
					return failed(1, "Thiếu cột bắt buộc: " + required + " (xem mẫu).",
							"Missing required column: " + required + " (see the template).");
				}
			}
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (rows.size() + problems.size() >= MAX_ROWS) {
					return failed(line, "Quá nhiều dòng (tối đa 10.000).", "Too many rows (10,000 at most).");
				}
				Row row = row(record, columns, line);
				List<ImportProblem> rowProblems = validate(row, unitCodeAllowed, unitCodeExists, emailsInUse,
						emailsInFile);
				if (rowProblems.isEmpty()) {
					rows.add(row);
				}
				else if (problems.size() < MAX_PROBLEMS) {
					problems.addAll(rowProblems);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return failed(0, "Không đọc được tệp CSV (dấu ngoặc kép hoặc số cột không khớp).",
					"The CSV file could not be read (unbalanced quotes or columns).");
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			return failed(1, "Tệp không có dòng dữ liệu nào.", "The file has no data rows.");
		}
		return new Parsed(problems.isEmpty() ? rows : List.of(), problems);
	}

	private static Row row(CSVRecord record, Map<String, String> columns, long line) {
		Map<String, String> values = new java.util.HashMap<>();
		columns.forEach((header, field) -> {
			if (record.isSet(header)) {
				values.put(field, Normalizer.normalize(record.get(header).strip(), Normalizer.Form.NFC));
			}
		});
		return new Row(line, values.getOrDefault("full_name", ""), values.getOrDefault("unit_code", ""),
				blankToNull(values.get("position")), blankToNull(values.get("email")),
				blankToNull(values.get("phone")));
	}

	private static List<ImportProblem> validate(Row row, Predicate<String> unitCodeAllowed,
			Predicate<String> unitCodeExists, Set<String> emailsInUse, Set<String> emailsInFile) {
		List<ImportProblem> problems = new ArrayList<>();
		long line = row.line();
		if (row.fullName().isBlank() || row.fullName().length() > 200) {
			problems.add(new ImportProblem(line, "Họ tên trống hoặc dài quá 200 ký tự.",
					"Full name is empty or longer than 200 characters."));
		}
		if (!unitCodeExists.test(row.unitCode())) {
			problems.add(new ImportProblem(line, "Không có đơn vị mã \"" + row.unitCode() + "\".",
					"No unit has the code \"" + row.unitCode() + "\"."));
		}
		else if (!unitCodeAllowed.test(row.unitCode())) {
			problems.add(new ImportProblem(line, "Bạn không quản lý đơn vị \"" + row.unitCode() + "\".",
					"You do not administer the unit \"" + row.unitCode() + "\"."));
		}
		if (row.email() != null) {
			String email = row.email().toLowerCase(Locale.ROOT);
			if (!ContactDetails.isEmail(email)) {
				problems.add(new ImportProblem(line, "Email không hợp lệ.", "Invalid e-mail address."));
			}
			else if (emailsInUse.contains(email)) {
				problems.add(new ImportProblem(line, "Email đã có người dùng.", "E-mail address already in use."));
			}
			else if (!emailsInFile.add(email)) {
				problems
					.add(new ImportProblem(line, "Email bị lặp trong tệp.", "E-mail address repeated in the file."));
			}
		}
		if (row.phone() != null && ContactDetails.phoneE164(row.phone()).isEmpty()) {
			problems.add(new ImportProblem(line, "Số điện thoại không hợp lệ.", "Invalid phone number."));
		}
		return problems;
	}

	private static Map<String, String> columns(List<String> headerNames) {
		Map<String, String> columns = new java.util.LinkedHashMap<>();
		for (String header : headerNames) {
			String field = HEADERS
				.get(Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
			if (field != null) {
				columns.put(header, field);
			}
		}
		return columns;
	}

	private static Optional<String> utf8(byte[] bytes) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private static String stripBom(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static Parsed failed(long line, String vi, String en) {
		return new Parsed(List.of(), List.of(new ImportProblem(line, vi, en)));
	}

}
