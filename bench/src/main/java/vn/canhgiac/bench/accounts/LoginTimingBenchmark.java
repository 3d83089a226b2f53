package vn.canhgiac.bench.accounts;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unknown user against wrong password, timed over HTTP against a running portal: both
 * must answer alike in message and, within a few milliseconds median, in time. Start the
 * portal with throttling relaxed so that the measurement sees the password check and not
 * the throttle:
 *
 * <pre>
 * CANHGIAC_ACCOUNTS_FAILURES_BEFORE_DELAY=1000000 CANHGIAC_ACCOUNTS_FAILURES_PER_ADDRESS=1000000 \
 *     bin/canhgiac serve --port 8090 &amp;
 * ./mvnw -q -pl bench exec:java -Dexec.mainClass=vn.canhgiac.bench.accounts.LoginTimingBenchmark \
 *     -Dexec.args="http://127.0.0.1:8090 200"
 * </pre>
 */
public final class LoginTimingBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private LoginTimingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://127.0.0.1:8080";
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		double[] unknown = new double[rounds];
		double[] wrong = new double[rounds];
		String[] known = { "staff", "unitadmin", "police", "leader" };
		for (int i = 0; i < 10; i++) {
			attempt(base, "warmup" + i, "not the password");
		}
		for (int i = 0; i < rounds; i++) {
			// Interleaved, so that load from elsewhere on the machine hits both alike.
			unknown[i] = attempt(base, "nobody" + i, "not the password " + i);
			wrong[i] = attempt(base, known[i % known.length], "not the password " + i);
		}
		Arrays.sort(unknown);
		Arrays.sort(wrong);
		System.out.printf("unknown user:   median %.1f ms, p90 %.1f ms%n", unknown[rounds / 2],
				unknown[rounds * 9 / 10]);
		System.out.printf("wrong password: median %.1f ms, p90 %.1f ms%n", wrong[rounds / 2], wrong[rounds * 9 / 10]);
		System.out.printf("median difference: %.1f ms%n", Math.abs(unknown[rounds / 2] - wrong[rounds / 2]));
	}

	/** One login in a fresh session; returns the milliseconds of the POST alone. */
	private static double attempt(String base, String username, String password) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		long start = System.nanoTime();
		HttpResponse<Void> response = http.send(post, HttpResponse.BodyHandlers.discarding());
		double ms = (System.nanoTime() - start) / 1e6;
		String location = response.headers().firstValue("Location").orElse("");
		if (!location.endsWith("/login?error")) {
			throw new IllegalStateException("expected a failed login, got " + response.statusCode() + " " + location);
		}
		return ms;
	}

}
