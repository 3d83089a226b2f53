package vn.canhgiac.app.intel;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code bin/canhgiac intel …}:
 * <ul>
 * <li>{@code import --format chongluadao|csv [--dry-run] [--source NAME] FILE}</li>
 * <li>{@code export --format csv|stix --out FILE}</li>
 * <li>{@code seed --indicators N --cases M} (benchmark data, never in production)</li>
 * <li>{@code bench [--reports N]} (times correlation and near-duplicate search on the
 * current data; adds N fictional cases)</li>
 * </ul>
 * Exit 0 on success, 1 when lines failed to import, 2 for a wrong command. Prints counts,
 * never values.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "canhgiac.command", havingValue = "intel")
class IntelCommandLine implements ApplicationRunner, ExitCodeGenerator {

	private static final String USAGE = """
			Dùng / usage:
			  bin/canhgiac intel import --format chongluadao|csv [--dry-run] [--source NAME] FILE
			  bin/canhgiac intel export --format csv|stix --out FILE
			  bin/canhgiac intel seed --indicators N --cases M
			  bin/canhgiac intel bench [--reports N] [--hot N]""";

	private final IntelFeeds feeds;

	private final IntelSeeder seeder;

	private final IntelManagement intel;

	private final JdbcClient jdbc;

	private int exitCode;

	IntelCommandLine(IntelFeeds feeds, IntelSeeder seeder, IntelManagement intel, JdbcClient jdbc) {
		this.feeds = feeds;
		this.seeder = seeder;
		this.intel = intel;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = new ArrayList<>(Arrays.asList(args.getSourceArgs()));
		try {
			if (words.size() < 2) {
				throw new IllegalArgumentException();
			}
			String command = words.get(1);
			Map<String, String> options = new HashMap<>();
			List<String> files = new ArrayList<>();
			for (int i = 2; i < words.size(); i++) {
				String word = words.get(i);
				if (word.equals("--dry-run")) {
					options.put("dry-run", "true");
				}
				else if (word.startsWith("--") && i + 1 < words.size()) {
					options.put(word.substring(2), words.get(++i));
				}
				else if (!word.startsWith("--")) {
					files.add(word);
				}
				else {
					throw new IllegalArgumentException();
				}
			}
			switch (command) {
				case "import" -> importFeed(options, files);
				case "export" -> export(options);
				case "seed" -> seed(options);
				case "bench" -> bench(options);
				default -> throw new IllegalArgumentException();
			}
		}
		catch (IllegalArgumentException ex) {
			System.err.println(USAGE);
			this.exitCode = 2;
		}
		catch (IntelRefused ex) {
			System.err.println(ex.messageVi() + " / " + ex.messageEn());
			this.exitCode = 2;
		}
		catch (IOException ex) {
			System.err
				.println("Không đọc/ghi được tệp / cannot read or write the file: " + ex.getClass().getSimpleName());
			this.exitCode = 2;
		}
	}

	private void importFeed(Map<String, String> options, List<String> files) throws IOException {
		String format = options.get("format");
		if (format == null || files.size() != 1) {
			throw new IllegalArgumentException();
		}
		Path file = Path.of(files.get(0));
		boolean dryRun = options.containsKey("dry-run");
		long start = System.nanoTime();
		IntelFeeds.ImportResult result;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			result = this.feeds.importFeed(format, options.getOrDefault("source", format), reader, dryRun, null);
		}
		long ms = (System.nanoTime() - start) / 1_000_000;
		for (IntelFeeds.LineError error : result.errors()) {
			System.out.println("line " + error.line() + ": " + error.messageEn());
		}
		System.out
			.println((dryRun ? "dry run: would add " : "added ") + result.added() + ", unchanged " + result.unchanged()
					+ ", errors " + result.errors().size() + ", lines " + result.lines() + " in " + ms + " ms");
		this.exitCode = result.errors().isEmpty() ? 0 : 1;
	}

	private void export(Map<String, String> options) throws IOException {
		String format = options.get("format");
		String out = options.get("out");
		if (format == null || out == null) {
			throw new IllegalArgumentException();
		}
		String text = switch (format) {
			case "csv" -> this.feeds.exportCsv();
			case "stix" -> this.feeds.exportStix();
			default -> throw new IllegalArgumentException();
		};
		Files.writeString(Path.of(out), text, StandardCharsets.UTF_8);
		System.out.println("wrote " + out);
	}

	private void seed(Map<String, String> options) {
		int indicators = Integer.parseInt(options.getOrDefault("indicators", "1000000"));
		int cases = Integer.parseInt(options.getOrDefault("cases", "200000"));
		if (indicators < 10 || cases < 1 || cases * 3L > indicators * 2L) {
			throw new IllegalArgumentException();
		}
		long start = System.nanoTime();
		long total = this.seeder.seed(indicators, cases);
		System.out.println("seeded: " + total + " indicators in store, " + cases + " cases, in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	/**
	 * Correlating a new report: a new case whose five values include one already in a
	 * campaign and a picture hash; and near-duplicate searches over the picture hashes.
	 */
	private void bench(Map<String, String> options) {
		int reports = Integer.parseInt(options.getOrDefault("reports", "500"));
		Random random = new Random(7);
		List<String> shared = this.jdbc
			.sql("select value from intel_indicator where type = 'phone' and case_count between 1 and 10 limit 1000")
			.query(String.class)
			.list();
		List<String> hashes = this.jdbc.sql("select value from intel_indicator where type = 'image_hash' limit 1000")
			.query(String.class)
			.list();
		long imageCount = this.jdbc.sql("select count(*) from intel_indicator where type = 'image_hash'")
			.query(Long.class)
			.single();
		// Warm the index (loads every stored hash once).
		long load = System.nanoTime();
		this.intel.fingerprints().near(IndicatorKind.IMAGE_HASH, "0000000000000000", 10, (id) -> {
		});
		System.out.println(
				"image index loaded: " + imageCount + " hashes in " + (System.nanoTime() - load) / 1_000_000 + " ms");
		long[] correlate = new long[reports];
		for (int r = 0; r < reports; r++) {
			UUID caseId = UUID.randomUUID();
			List<ObservedIndicator> values = new ArrayList<>();
			if (!shared.isEmpty()) {
				values.add(new ObservedIndicator("phone", shared.get(random.nextInt(shared.size()))));
			}
			values.add(new ObservedIndicator("bank_account",
					"8" + String.format("%011d", random.nextLong(100_000_000_000L))));
			values.add(new ObservedIndicator("telegram", "@bench_" + Long.toHexString(random.nextLong() >>> 8)));
			values.add(new ObservedIndicator("domain", "bench-" + Long.toHexString(random.nextLong() >>> 8) + ".xyz"));
			long hash = hashes.isEmpty() ? random.nextLong()
					: Long.parseUnsignedLong(hashes.get(random.nextInt(hashes.size())), 16)
							^ (1L << random.nextInt(64));
			values.add(new ObservedIndicator("image_hash", String.format("%016x", hash)));
			long start = System.nanoTime();
			this.intel
				.record(new IndicatorsObserved(IndicatorsObserved.Source.CASE, caseId, caseId, values, Instant.now()));
			correlate[r] = System.nanoTime() - start;
		}
		print("correlate a new report (5 values, 1 shared, 1 picture)", correlate);
		long[] search = new long[2000];
		int found = 0;
		for (int q = 0; q < search.length; q++) {
			long query = hashes.isEmpty() ? random.nextLong()
					: Long.parseUnsignedLong(hashes.get(random.nextInt(hashes.size())), 16) ^ (1L << random.nextInt(64))
							^ (1L << random.nextInt(64));
			int[] count = { 0 };
			long start = System.nanoTime();
			this.intel.fingerprints()
				.near(IndicatorKind.IMAGE_HASH, String.format("%016x", query), 10, (id) -> count[0]++);
			search[q] = System.nanoTime() - start;
			found += count[0];
		}
		print("near-duplicate picture search (distance <= 10) over " + imageCount + " hashes", search);
		System.out.println("  (found " + found + " matches in " + search.length + " searches)");
		int hot = Integer.parseInt(options.getOrDefault("hot", "10000"));
		if (hot > 0) {
			// One value in many reports, each its own case: rows grow with sightings,
			// never with pairs of cases.
			long rowsBefore = intelRows();
			String wallet = "0x52908400098527886E0F7030069857D2E4169EE7";
			for (int i = 0; i < hot; i++) {
				UUID report = UUID.randomUUID();
				this.intel.record(new IndicatorsObserved(IndicatorsObserved.Source.REPORT, report, report,
						List.of(new ObservedIndicator("crypto_wallet", wallet)), Instant.now()));
			}
			long added = intelRows() - rowsBefore;
			System.out.printf(
					"one value in %d reports (each its own case): %d new rows in intel tables, %.2f rows per "
							+ "sighting (sighting + case + campaign), pairs stored: 0%n",
					hot, added, added / (double) hot);
		}
		long sightings = this.jdbc.sql("select count(*) from intel_sighting").query(Long.class).single();
		long caseRows = this.jdbc.sql("select count(*) from intel_case").query(Long.class).single();
		long campaigns = this.jdbc.sql("select count(*) from intel_campaign").query(Long.class).single();
		System.out.println("rows: sightings " + sightings + ", cases " + caseRows + ", campaigns " + campaigns);
	}

	private long intelRows() {
		return this.jdbc.sql("""
				select (select count(*) from intel_indicator) + (select count(*) from intel_sighting)
				     + (select count(*) from intel_case) + (select count(*) from intel_campaign)""")
			.query(Long.class)
			.single();
	}

	private static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%s: n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms%n", what, sorted.length,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
				sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
