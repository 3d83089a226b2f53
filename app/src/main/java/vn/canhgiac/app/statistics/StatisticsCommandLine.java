package vn.canhgiac.app.statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code bin/canhgiac report …}:
 * <ul>
 * <li>{@code monthly [--month YYYY-MM] --out FILE}: the monthly PDF from the configured
 * database (last month by default), for cron jobs and audits; not stored</li>
 * <li>{@code seed --reports N --staff M}: fictional history for benchmarks, never in
 * production</li>
 * <li>{@code bench [--runs N]}: times each dashboard and the monthly PDF on the current
 * data</li>
 * </ul>
 * Exit 0 on success, 2 for a wrong command or an unwritable file.
 */
@Component
@ConditionalOnProperty(name = "canhgiac.command", havingValue = "report")
class StatisticsCommandLine implements ApplicationRunner, ExitCodeGenerator {

	private static final String USAGE = """
			Dùng / usage:
			  bin/canhgiac report monthly [--month YYYY-MM] --out FILE
			  bin/canhgiac report seed --reports N --staff M
			  bin/canhgiac report bench [--runs N]""";

	private final MonthlyReports monthly;

	private final Statistics statistics;

	private final StatisticsSeeder seeder;

	private int exitCode;

	StatisticsCommandLine(MonthlyReports monthly, Statistics statistics, StatisticsSeeder seeder) {
		this.monthly = monthly;
		this.statistics = statistics;
		this.seeder = seeder;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = Arrays.asList(args.getSourceArgs());
		try {
			if (words.size() < 2) {
				throw new IllegalArgumentException();
			}
			Map<String, String> options = new HashMap<>();
			for (int i = 2; i < words.size(); i++) {
				if (!words.get(i).startsWith("--") || i + 1 >= words.size()) {
					throw new IllegalArgumentException();
				}
				options.put(words.get(i).substring(2), words.get(++i));
			}
			switch (words.get(1)) {
				case "monthly" -> monthly(options);
				case "seed" -> seed(options);
				case "bench" -> bench(options);
				default -> throw new IllegalArgumentException();
			}
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			System.err.println(USAGE);
			this.exitCode = 2;
		}
		catch (IOException ex) {
			System.err.println("Không ghi được tệp / cannot write the file: " + ex.getClass().getSimpleName());
			this.exitCode = 2;
		}
	}

	private void monthly(Map<String, String> options) throws IOException {
		String out = options.get("out");
		if (out == null) {
			throw new IllegalArgumentException();
		}
		YearMonth month = options.containsKey("month") ? YearMonth.parse(options.get("month"))
				: YearMonth.from(this.statistics.today()).minusMonths(1);
		long start = System.nanoTime();
		byte[] pdf = this.monthly.render(month);
		Path target = Path.of(out).toAbsolutePath();
		Path temporary = Files.createTempFile(target.getParent(), ".monthly-", ".pdf");
		Files.write(temporary, pdf);
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		System.out.println("Đã ghi báo cáo tháng " + month + " / wrote the report of " + month + ": " + target + " ("
				+ pdf.length + " bytes, " + (System.nanoTime() - start) / 1_000_000 + " ms)");
	}

	private void seed(Map<String, String> options) {
		int reports = Integer.parseInt(options.getOrDefault("reports", "100000"));
		int staff = Integer.parseInt(options.getOrDefault("staff", "10000"));
		if (reports < 0 || staff < 0) {
			throw new IllegalArgumentException();
		}
		long start = System.nanoTime();
		this.seeder.seedReports(reports, 0, true);
		this.seeder.seedStaff(staff);
		System.out.println("seeded " + reports + " reports and cases, " + staff + " staff in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	private void bench(Map<String, String> options) throws IOException {
		int runs = Integer.parseInt(options.getOrDefault("runs", "50"));
		Locale vi = Locale.forLanguageTag("vi");
		YearMonth month = YearMonth.from(this.statistics.today());
		time("situation, 12 months", runs,
				() -> this.statistics.situation(Period.lastMonths(this.statistics.today(), 12), vi));
		time("situation, 13 weeks", runs,
				() -> this.statistics.situation(Period.lastWeeks(this.statistics.today(), 13), vi));
		time("campaigns, this month", runs, () -> this.statistics.campaigns(month, vi));
		time("awareness, whole tree", runs, () -> this.statistics.awareness(null, vi));
		time("monthly PDF", Math.max(3, runs / 10), () -> {
			try {
				return this.monthly.render(month.minusMonths(1));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static void time(String what, int runs, Supplier<?> work) {
		for (int i = 0; i < Math.min(5, runs); i++) {
			work.get();
		}
		long[] ms = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.get();
			ms[i] = (System.nanoTime() - start) / 100_000;
		}
		Arrays.sort(ms);
		System.out.printf(Locale.ROOT, "%-24s p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)%n", what,
				ms[runs / 2] / 10.0, ms[(int) Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)] / 10.0,
				ms[runs - 1] / 10.0, runs);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
