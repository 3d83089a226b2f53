package vn.canhgiac.bench.accounts;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the portal's password strength estimator (nbvcxz with the Vietnamese
 * dictionaries) on crafted worst-case inputs at and beyond its 128-character cap, prints
 * the table of Vietnamese weak passwords for the closing note, and scores the shared 10k
 * common list. The estimator is loaded from {@code app/target/classes} so that exactly
 * the shipped code and dictionaries are measured (build the app first).
 *
 * <pre>
 * ./mvnw -q -pl app -am package -DskipTests &amp;&amp; ./mvnw -q -pl bench exec:java \
 *     -Dexec.mainClass=vn.canhgiac.bench.accounts.PasswordStrengthBenchmark
 * </pre>
 */
public final class PasswordStrengthBenchmark {

	/** Vietnamese passwords people really choose (the closing note's table). */
	static final List<String> VIETNAMESE_WEAK = List.of("anhyeuem", "Anhyêuem", "matkhau123", "123456a@", "yeuem2003",
			"emyeuanh1", "Matkhau@2025", "hanoi2024", "saigon@123", "nguyenvanan", "tranthihuong", "hoangyen99",
			"ngoc08031995", "01011990", "0912345678", "doremon123", "conmeo123", "linh12345", "66668888",
			"Vietnam@123");

	/**
	 * Inputs known to make zxcvbn-style estimators slow: l33t-heavy, repeats, sequences.
	 */
	static final List<String> CRAFTED_UNITS = List.of("p@55w0rd|!1$3", "4@1!|3$", "a", "ab", "1qaz2wsx", "aA1!", "@@@@",
			"01234567890");

	private PasswordStrengthBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path app = Path.of(System.getProperty("canhgiac.app", "../app/target/classes")).toAbsolutePath();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { app.toUri().toURL() },
				PasswordStrengthBenchmark.class.getClassLoader())) {
			Class<?> type = loader.loadClass("vn.canhgiac.app.accounts.PasswordStrengthEstimator");
			Object estimator = type.getConstructor().newInstance();
			Method estimate = type.getMethod("estimate", String.class, java.util.Collection.class);
			Class<?> resultType = loader.loadClass("vn.canhgiac.app.accounts.StrengthEstimate");
			Method score = resultType.getMethod("score");
			Method warning = resultType.getMethod("warningKey");
			Method entropy = resultType.getMethod("entropyBits");

			for (int i = 0; i < 20; i++) {
				estimate.invoke(estimator, "warm up " + i + " anhyeuem", List.of());
			}

			System.out.println("## Crafted inputs (ms per estimate, 5 runs each, one thread)");
			System.out.println("| unit repeated | length | median ms | max ms |");
			System.out.println("|---|---|---|---|");
			double worst = 0;
			for (String unit : CRAFTED_UNITS) {
				for (int length : new int[] { 128, 256, 10_000 }) {
					String input = unit.repeat(length / unit.length() + 1).substring(0, length);
					double[] ms = new double[5];
					for (int run = 0; run < ms.length; run++) {
						long start = System.nanoTime();
						estimate.invoke(estimator, input, List.of());
						ms[run] = (System.nanoTime() - start) / 1e6;
					}
					Arrays.sort(ms);
					worst = Math.max(worst, ms[4]);
					System.out.printf("| `%s` | %d | %.0f | %.0f |%n", unit, length, ms[2], ms[4]);
				}
			}
			System.out.printf("worst single estimate: %.0f ms%n%n", worst);

			System.out.println("## Vietnamese weak passwords");
			System.out.println("| password | score (0–4) | bits | warning |");
			System.out.println("|---|---|---|---|");
			for (String password : VIETNAMESE_WEAK) {
				Object result = estimate.invoke(estimator, password, List.of());
				System.out.printf("| `%s` | %d | %.1f | %s |%n", password, score.invoke(result), entropy.invoke(result),
						warning.invoke(result));
			}

			Path common = Path.of(System.getProperty("canhgiac.data", "/work/shared/data"), "passwords",
					"common_10k.txt");
			if (Files.exists(common)) {
				List<String> passwords = Files.readAllLines(common, StandardCharsets.UTF_8);
				List<Integer> scores = new ArrayList<>();
				long start = System.nanoTime();
				for (String password : passwords) {
					scores.add((Integer) score.invoke(estimate.invoke(estimator, password, List.of())));
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				long weak = scores.stream().filter((s) -> s < 2).count();
				System.out.printf("%n## %s: %d of %d scored below 2 (%.1f%%), %.0f estimates/s%n", common.getFileName(),
						weak, passwords.size(), 100.0 * weak / passwords.size(), passwords.size() / seconds);
			}
		}
	}

}
