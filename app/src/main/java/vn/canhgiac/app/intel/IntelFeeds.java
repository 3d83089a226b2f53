package vn.canhgiac.app.intel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canhgiac.app.audit.AuditTrail;
import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * Feeds in and out. Import: the ChongLuaDao blocklist format (one domain or URL per line,
 * {@code #} comments) and CSV ({@code type,value[,note]}), with a dry run, errors per
 * line and idempotent re-import (each feed is one sighting source: a value it already
 * listed is not counted again). Export: confirmed indicators (not TLP:RED) as CSV or as a
 * STIX 2.1 bundle.
 */
@Service
public class IntelFeeds {

	/** Formats accepted by {@link #importFeed}. */
	public static final List<String> IMPORT_FORMATS = List.of("chongluadao", "csv");

	private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final UUID NAMESPACE = UUID.fromString("6f1c7a1e-2b59-4a55-9d0e-3c1a7e4f0b11");

	private final IntelStore store;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	IntelFeeds(IntelStore store, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Imports a feed.
	 * @param format {@code chongluadao} or {@code csv}
	 * @param source the feed's name (one sighting source: importing it again adds only
	 * what is new)
	 * @param content the file
	 * @param dryRun count and check only, change nothing
	 * @param actor who imports, or null for the command line
	 */
	@Transactional
	public ImportResult importFeed(String format, String source, Reader content, boolean dryRun,
			@Nullable AuthenticatedPerson actor) {
		if (!IMPORT_FORMATS.contains(format)) {
			throw new IntelRefused("Định dạng không hỗ trợ: dùng chongluadao hoặc csv.",
					"Unsupported format: use chongluadao or csv.");
		}
		List<Parsed> parsed = format.equals("csv") ? parseCsv(content) : parseBlocklist(content);
		UUID sourceId = feedSourceId(source);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		int added = 0;
		int unchanged = 0;
		int lines = 0;
		List<LineError> errors = new ArrayList<>();
		Set<String> seenInFile = new HashSet<>();
		for (Parsed line : parsed) {
			lines++;
			if (line.error() != null) {
				errors.add(line.error());
				continue;
			}
			IndicatorValues.Typed typed = line.typed();
			if (!seenInFile.add(typed.kind().wireName() + "|" + typed.value())) {
				unchanged++;
				continue;
			}
			if (dryRun) {
				boolean known = this.jdbc.sql("""
						select exists (select 1 from intel_sighting s join intel_indicator i on i.id = s.indicator_id
						where i.type = ? and i.value = ? and s.source = 'FEED' and s.source_id = ?)""")
					.params(typed.kind().wireName(), typed.value(), sourceId)
					.query(Boolean.class)
					.single();
				if (known) {
					unchanged++;
				}
				else {
					added++;
				}
				continue;
			}
			IntelStore.Recorded recorded = this.store.record(typed.kind(), typed.value(), "FEED", sourceId, null, now,
					line.note());
			if (recorded.newSighting()) {
				added++;
			}
			else {
				unchanged++;
			}
		}
		if (!dryRun) {
			this.audit.record(actor, "intel.feed.import", "feed", source, null,
					Map.of("format", format, "added", Integer.toString(added), "unchanged", Integer.toString(unchanged),
							"errors", Integer.toString(errors.size())));
		}
		return new ImportResult(lines, added, unchanged, List.copyOf(errors), dryRun);
	}

	static UUID feedSourceId(String source) {
		return UUID
			.nameUUIDFromBytes(("feed:" + source.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
	}

	private static List<Parsed> parseBlocklist(Reader content) {
		List<Parsed> parsed = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(content)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#")) {
					continue;
				}
				// A line with a path is a link (often on a legitimate host: block the
				// path, never the host); a bare host is a domain.
				// A port is not part of what is blocked (a few lines carry one).
				entry = entry.replaceFirst("^((?:[a-z]+://)?[^/:]+):\\d{1,5}(?=/|$)", "$1");
				String rest = entry.replaceFirst("(?i)^[a-z]+://", "");
				IndicatorKind kind = (rest.contains("/") && rest.indexOf('/') < rest.length() - 1) ? IndicatorKind.URL
						: IndicatorKind.DOMAIN;
				Optional<IndicatorValues.Typed> typed = IndicatorValues.normalize(kind, entry);
				parsed.add(typed.isPresent() ? new Parsed(number, typed.get(), "ChongLuaDao", null)
						: new Parsed(number, null, null, new LineError(number,
								"Không phải tên miền hay đường link hợp lệ.", "Not a valid domain or link.")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parsed;
	}

	private static List<Parsed> parseCsv(Reader content) {
		List<Parsed> parsed = new ArrayList<>();
		try (CSVParser csv = CSVFormat.DEFAULT.builder()
			.setCommentMarker('#')
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(content)) {
			for (CSVRecord record : csv) {
				int number = (int) csv.getCurrentLineNumber();
				if (record.getRecordNumber() == 1 && record.get(0).equalsIgnoreCase("type")) {
					continue;
				}
				if (record.size() < 2 || record.get(1).isBlank()) {
					parsed.add(new Parsed(number, null, null, new LineError(number,
							"Thiếu cột: cần loại,giá trị[,ghi chú].", "Missing column: expected type,value[,note].")));
					continue;
				}
				Optional<IndicatorKind> kind = IndicatorKind.fromWireName(record.get(0).toLowerCase(Locale.ROOT));
				if (kind.isEmpty() || kind.get().isFingerprint()) {
					parsed.add(new Parsed(number, null, null,
							new LineError(number, "Loại không hỗ trợ: " + record.get(0).replaceAll("[^a-z_]", ""),
									"Unsupported type: " + record.get(0).replaceAll("[^a-z_]", ""))));
					continue;
				}
				Optional<IndicatorValues.Typed> typed = IndicatorValues.normalize(kind.get(), record.get(1));
				String note = (record.size() > 2) ? record.get(2) : null;
				parsed.add(typed.isPresent() ? new Parsed(number, typed.get(), note, null)
						: new Parsed(number, null, null,
								new LineError(number, "Giá trị không hợp lệ cho loại " + kind.get().wireName() + ".",
										"Not a valid " + kind.get().wireName() + " value.")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException | java.io.UncheckedIOException ex) {
			parsed.add(new Parsed(parsed.size() + 1, null, null,
					new LineError(parsed.size() + 1, "Tệp CSV hỏng.", "The CSV file is malformed.")));
		}
		return parsed;
	}

	/** Confirmed indicators as CSV: type,value,first_seen,last_seen,reports,tlp. */
	@Transactional(readOnly = true)
	public String exportCsv() {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord("type", "value", "first_seen", "last_seen", "reports", "tlp");
			for (IndicatorRow row : confirmed()) {
				printer.printRecord(row.type(), row.value(), row.firstSeen(), row.lastSeen(), row.reportCount(),
						row.tlp());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Confirmed indicators as a STIX 2.1 bundle: an identity for the producer and one
	 * {@code indicator} per value with a STIX pattern. Ids are stable (name-based on the
	 * value), so re-exports update rather than duplicate at the receiver.
	 */
	@Transactional(readOnly = true)
	public String exportStix() {
		JsonMapper json = JsonMapper.builder().build();
		String now = STIX_TIME.format(this.clock.instant());
		ObjectNode bundle = json.createObjectNode();
		bundle.put("type", "bundle");
		bundle.put("id", "bundle--" + UUID.randomUUID());
		ArrayNode objects = bundle.putArray("objects");
		String identityId = "identity--" + UUID.nameUUIDFromBytes("canhgiac:identity".getBytes(StandardCharsets.UTF_8));
		ObjectNode identity = objects.addObject();
		identity.put("type", "identity");
		identity.put("spec_version", "2.1");
		identity.put("id", identityId);
		identity.put("created", "2026-01-01T00:00:00.000Z");
		identity.put("modified", "2026-01-01T00:00:00.000Z");
		identity.put("name", "Cảnh Giác");
		identity.put("identity_class", "organization");
		for (IndicatorRow row : confirmed()) {
			Optional<String> pattern = pattern(row);
			if (pattern.isEmpty()) {
				continue;
			}
			ObjectNode indicator = objects.addObject();
			indicator.put("type", "indicator");
			indicator.put("spec_version", "2.1");
			indicator.put("id", "indicator--" + UUID
				.nameUUIDFromBytes(("canhgiac:" + row.type() + ":" + row.value()).getBytes(StandardCharsets.UTF_8)));
			indicator.put("created_by_ref", identityId);
			indicator.put("created", STIX_TIME.format(row.firstSeen()));
			indicator.put("modified", now);
			indicator.put("name", row.type() + " " + row.value());
			indicator.putArray("indicator_types").add("malicious-activity");
			indicator.put("pattern", pattern.get());
			indicator.put("pattern_type", "stix");
			indicator.put("pattern_version", "2.1");
			indicator.put("valid_from", STIX_TIME.format(row.firstSeen()));
			indicator.putArray("labels").add("tlp:" + row.tlp());
		}
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(bundle);
	}

	/** STIX patterns: standard cyber-observables where they exist, x- types otherwise. */
	static Optional<String> pattern(IndicatorRow row) {
		String v = quote(row.value());
		return Optional.ofNullable(switch (row.type()) {
			case "url" -> "[url:value = '" + v + "']";
			case "domain" -> "[domain-name:value = '" + v + "']";
			case "email" -> "[email-addr:value = '" + v + "']";
			case "telegram" -> "[user-account:account_type = 'telegram' AND user-account:account_login = '" + v + "']";
			case "zalo" -> "[user-account:account_type = 'zalo' AND user-account:account_login = '" + v + "']";
			case "phone" -> "[x-phone-number:value = '" + v + "']";
			case "bank_account" -> "[x-bank-account:account_number = '" + v + "']";
			case "card" -> "[x-payment-card:number = '" + v + "']";
			case "crypto_wallet" -> "[x-cryptocurrency-wallet:address = '" + v + "']";
			default -> null;
		});
	}

	private static String quote(String value) {
		return value.replace("\\", "\\\\").replace("'", "\\'");
	}

	private List<IndicatorRow> confirmed() {
		return this.jdbc
			.sql("select " + IntelStore.COLUMNS
					+ " from intel_indicator where status = 'confirmed' and tlp <> 'red' order by type, value")
			.query(IntelStore::row)
			.list();
	}

	/**
	 * What an import did (or would do, in a dry run).
	 *
	 * @param lines entries read (comments and blank lines not counted)
	 * @param added values new to this feed
	 * @param unchanged values the feed had already listed (or repeated in the file)
	 * @param errors lines that were not imported, with why
	 * @param dryRun nothing was changed
	 */
	public record ImportResult(int lines, int added, int unchanged, List<LineError> errors, boolean dryRun) {

	}

	/** A line that was not imported; the message never repeats the value. */
	public record LineError(int line, String messageVi, String messageEn) {

	}

	private record Parsed(int line, IndicatorValues.@Nullable Typed typed, @Nullable String note,
			@Nullable LineError error) {

	}

	static Map<String, Object> describe(ImportResult result) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("lines", result.lines());
		map.put("added", result.added());
		map.put("unchanged", result.unchanged());
		map.put("errors", result.errors().size());
		return map;
	}

	static Reader reader(String text) {
		return new StringReader(text);
	}

}
