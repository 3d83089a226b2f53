package vn.canhgiac.app.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canhgiac.app.CanhGiacApplication;
import vn.canhgiac.app.checks.CheckManagement;
import vn.canhgiac.app.checks.ContentCheck;
import vn.canhgiac.app.intel.IndicatorsObserved;
import vn.canhgiac.app.intel.IntelManagement;
import vn.canhgiac.app.intel.ObservedIndicator;
import vn.canhgiac.app.intel.RelatedCase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portals, one database (issue 10, ADR 0110): nothing a feature needs lives only in
 * one node's memory. Both nodes run in this JVM as two separate Spring contexts on two
 * random ports, against Debian's PostgreSQL that {@code .ci/run} starts (a fresh schema
 * per run), sharing one home directory as nodes would share the evidence volume.
 * <p>
 * Two contexts rather than two {@code java -jar} processes: on two cores the second JVM
 * would double the start-up time, and the test can ask each node's beans directly which
 * node did what. The contexts share no beans, caches, schedulers or pools; only static
 * state would leak between them, and the portal keeps none that matters here. Killing a
 * node is shown with a claim left behind by a node that "died" (the load test in
 * {@code bench/two-nodes.sh} kills a real process).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("externalDatabaseExpected")
@Order(50)
class SeveralNodesIT {

	private static final Duration WITHIN = Duration.ofSeconds(20);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String schema = "nodes_it_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 8);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** A fresh client address (X-Forwarded-For) per polling lookup, below the limit. */
	private final java.util.concurrent.atomic.AtomicInteger clients = new java.util.concurrent.atomic.AtomicInteger(20);

	private Path home;

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	static boolean externalDatabaseExpected() {
		return System.getenv("CANHGIAC_TEST_EXTERNAL_DB_URL") != null || System.getenv("CI") != null;
	}

	@BeforeAll
	void startTwoNodes() throws IOException {
		this.home = Files.createTempDirectory(Path.of("target"), "several-nodes-");
		// One after the other, as a rolling start would: the first migrates and seeds.
		this.nodeA = start();
		this.nodeB = start();
	}

	@AfterAll
	void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { this.nodeB, this.nodeA }) {
			if (node != null) {
				node.close();
			}
		}
		if (this.nodeA != null || this.nodeB != null) {
			JdbcClient
				.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
						required("CANHGIAC_TEST_EXTERNAL_DB_URL"), required("CANHGIAC_TEST_EXTERNAL_DB_USERNAME"),
						required("CANHGIAC_TEST_EXTERNAL_DB_PASSWORD")))
				.sql("drop schema if exists " + this.schema + " cascade")
				.update();
		}
	}

	private ConfigurableApplicationContext start() {
		String url = required("CANHGIAC_TEST_EXTERNAL_DB_URL");
		url += (url.contains("?") ? "&" : "?") + "currentSchema=" + this.schema;
		// Command-line arguments: they win over the test's config/application.properties.
		return new SpringApplicationBuilder(CanhGiacApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url,
				"--spring.datasource.username=" + required("CANHGIAC_TEST_EXTERNAL_DB_USERNAME"),
				"--spring.datasource.password=" + required("CANHGIAC_TEST_EXTERNAL_DB_PASSWORD"),
				"--spring.flyway.schemas=" + this.schema, "--spring.flyway.default-schema=" + this.schema,
				"--canhgiac.home=" + this.home.toAbsolutePath(), "--canhgiac.mode=demo",
				"--canhgiac.demo.sample-reports=false", "--canhgiac.intel.trusted-proxies=127.0.0.1",
				"--canhgiac.intel.lookup-burst=5", "--canhgiac.intel.lookup-per-minute=1",
				"--canhgiac.advisories.job-initial-delay=PT1S", "--canhgiac.advisories.job-interval=PT1S",
				"--canhgiac.checks.lease=PT3S");
	}

	// ------------------------------------------------------------------ sessions

	@Test
	void aSessionStartedOnOneNodeIsValidOnTheOtherWithItsCsrfToken() throws Exception {
		HttpResponse<String> form = send(this.nodeA, get("/login"), null);
		String cookie = sessionCookie(form).orElseThrow();
		HttpResponse<String> login = send(this.nodeA,
				post("/login", Map.of("username", "staff", "password", "canhgiac-demo-2026", "_csrf", csrf(form))),
				cookie);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		String signedIn = sessionCookie(login).orElseThrow();
		assertThat(signedIn).as("a new session id at login").isNotEqualTo(cookie);

		HttpResponse<String> homeOnB = send(this.nodeB, get("/"), signedIn);
		assertThat(homeOnB.statusCode()).isEqualTo(200);
		assertThat(homeOnB.body()).contains("Xin chào");
		assertThat(jdbc(this.nodeA).sql("select count(*) from spring_session").query(Long.class).single()).isPositive();

		// A form rendered by B is accepted by A: the CSRF token is in the shared session.
		HttpResponse<String> pageOnB = send(this.nodeB, get("/account/security"), signedIn);
		HttpResponse<String> logoutOnA = send(this.nodeA, post("/logout", Map.of("_csrf", csrf(pageOnB))), signedIn);
		assertThat(logoutOnA.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("/login?logout"));
		HttpResponse<String> afterLogout = send(this.nodeB, get("/account/security"), signedIn);
		assertThat(afterLogout.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("/login"));
	}

	// ------------------------------------------------------------------ rate limits

	@Test
	void aRateLimitSpentOnOneNodeCountsOnTheOther() {
		RateLimit limit = RateLimit.of("it.exact", 3, Duration.ofHours(1));
		String client = "client-" + UUID.randomUUID();
		SharedRateLimits a = this.nodeA.getBean(SharedRateLimits.class);
		SharedRateLimits b = this.nodeB.getBean(SharedRateLimits.class);
		assertThat(a.take(limit, client)).isZero();
		assertThat(b.take(limit, client)).isZero();
		assertThat(a.take(limit, client)).isZero();
		assertThat(b.take(limit, client)).as("the fourth take, on B, after three of three").isPositive();
		assertThat(a.take(limit, client)).isPositive();
	}

	@Test
	void publicLookupsSpentOnOneNodeCountOnTheOther() throws Exception {
		// burst 5: five lookups on A, then B has (nearly) nothing left for this client
		String client = "203.0.113.7";
		for (int i = 0; i < 5; i++) {
			assertThat(send(this.nodeA, lookup("0900000111", client), null).statusCode()).isEqualTo(200);
		}
		int allowedOnB = 0;
		for (int i = 0; i < 3; i++) {
			if (send(this.nodeB, lookup("0900000111", client), null).statusCode() == 200) {
				allowedOnB++;
			}
		}
		// A writes its local copy back after every quarter of the burst (here: each
		// lookup) or second, so at most one lookup can still be unsynchronised.
		assertThat(allowedOnB).isLessThanOrEqualTo(1);
		assertThat(send(this.nodeA, lookup("0900000111", client), null).statusCode()).isEqualTo(429);
	}

	// ------------------------------------------------------------------ coherence

	@Test
	void aValueReportedOnOneNodeIsAnsweredByTheOthersLookup() throws Exception {
		String client = "203.0.113.8";
		assertThat(send(this.nodeB, lookup("0900000222", client), null).body()).contains("\"unknown\"");
		this.nodeA.getBean(IntelManagement.class)
			.record(new IndicatorsObserved(IndicatorsObserved.Source.REPORT, UUID.randomUUID(), null,
					List.of(new ObservedIndicator("phone", "+84900000222")), Instant.now()));
		String answer = eventually(() -> {
			try {
				String body = send(this.nodeB, lookup("0900000222", "203.0.113." + this.clients.incrementAndGet()),
						null)
					.body();
				return body.contains("reported_scam") ? body : null;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(answer).contains("\"reported_scam\"");
	}

	@Test
	void aPictureHashAddedOnOneNodeIsANearDuplicateOnTheOther() {
		long base = ThreadLocalRandom.current().nextLong();
		UUID caseOnB = UUID.randomUUID();
		UUID caseOnA = UUID.randomUUID();
		IntelManagement intelA = this.nodeA.getBean(IntelManagement.class);
		IntelManagement intelB = this.nodeB.getBean(IntelManagement.class);
		intelB.record(caseSighting(caseOnB, base));
		// B's index is loaded now; A adds a picture that differs in two bits
		assertThat(intelB.relatedCases(caseOnB)).isEmpty();
		intelA.record(caseSighting(caseOnA, base ^ 0b101));
		List<RelatedCase> related = eventually(() -> {
			List<RelatedCase> found = intelB.relatedCases(caseOnB);
			return found.isEmpty() ? null : found;
		});
		assertThat(related).extracting(RelatedCase::caseId).contains(caseOnA);
	}

	private static IndicatorsObserved caseSighting(UUID caseId, long hash) {
		return new IndicatorsObserved(IndicatorsObserved.Source.CASE, caseId, caseId,
				List.of(new ObservedIndicator("image_hash", String.format("%016x", hash))), Instant.now());
	}

	// ------------------------------------------------------------------ background work

	@Test
	void queuedChecksRunExactlyOnceAcrossBothNodes() {
		CheckManagement checks = this.nodeA.getBean(CheckManagement.class);
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			ids.add(checks.checkFile(text("Thư thử số " + i + ": hẹn gặp lúc 9 giờ."), "thu-" + i + ".txt", null).id());
		}
		JdbcClient jdbc = jdbc(this.nodeA);
		eventually(() -> (count(jdbc, "status in ('DONE', 'FAILED')", ids) == ids.size()) ? Boolean.TRUE : null);
		assertThat(count(jdbc, "status = 'DONE' and attempts = 1", ids)).as("each check ran once, and succeeded")
			.isEqualTo(ids.size());
	}

	@Test
	void aCheckWhoseNodeDiedIsTakenOverWhenItsLeaseEnds() {
		CheckManagement checks = this.nodeA.getBean(CheckManagement.class);
		JdbcClient jdbc = jdbc(this.nodeA);
		UUID stranded = null;
		// Play the node that claimed a check and was killed: take it before a worker
		// does.
		for (int i = 0; i < 10 && stranded == null; i++) {
			UUID id = checks.checkFile(text("Thư bị bỏ dở " + i), "bo-do.txt", null).id();
			int taken = jdbc.sql("""
					update content_check set status = 'RUNNING', attempts = 1, claimed_by = 'killed-node/0',
					       claimed_until = now() + interval '2 seconds'
					where id = ? and status = 'QUEUED'""").param(id).update();
			stranded = (taken == 1) ? id : null;
		}
		assertThat(stranded).as("a queued check to strand").isNotNull();
		UUID id = stranded;
		Map<String, Object> row = eventually(() -> {
			Map<String, Object> r = jdbc.sql("select status, attempts, claimed_by from content_check where id = ?")
				.param(id)
				.query()
				.singleRow();
			return "DONE".equals(r.get("status")) ? r : null;
		});
		assertThat(row.get("attempts")).isEqualTo(2);
		assertThat((String) row.get("claimed_by")).doesNotStartWith("killed-node");
	}

	@Test
	void aScheduledJobRunsOncePerPeriodAcrossBothNodes() throws InterruptedException {
		JdbcClient jdbc = jdbc(this.nodeA);
		// the advisories' due work is scheduled every second on both nodes
		eventually(() -> runs(jdbc) > 0 ? Boolean.TRUE : null);
		long before = runs(jdbc);
		long started = System.nanoTime();
		Set<String> nodes = new HashSet<>();
		while (System.nanoTime() - started < Duration.ofSeconds(10).toNanos()) {
			jdbc.sql("select locked_by from scheduled_job where name = 'advisories.due-work'")
				.query(String.class)
				.optional()
				.ifPresent(nodes::add);
			Thread.sleep(100);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long ran = runs(jdbc) - before;
		// Uncoordinated, two nodes would run it about twice a second. Each period is the
		// second less a twentieth of slack.
		assertThat(ran).isBetween(2L, (long) Math.ceil(seconds / 0.95) + 1);
		assertThat(nodes).isNotEmpty();
	}

	private static long runs(JdbcClient jdbc) {
		return jdbc.sql("select coalesce(max(runs), 0) from scheduled_job where name = 'advisories.due-work'")
			.query(Long.class)
			.single();
	}

	// ------------------------------------------------------------------ helpers

	private static long count(JdbcClient jdbc, String condition, List<UUID> ids) {
		return jdbc.sql("select count(*) from content_check where " + condition + " and id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(Long.class)
			.single();
	}

	private static ByteArrayInputStream text(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext node) {
		return node.getBean(JdbcClient.class);
	}

	/**
	 * Polls every 100 ms until {@code probe} answers non-null, at most {@link #WITHIN}.
	 */
	private static <T> T eventually(Supplier<T> probe) {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		while (true) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + WITHIN);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private HttpResponse<String> send(ConfigurableApplicationContext node, Request request, String cookie)
			throws IOException, InterruptedException {
		String port = node.getEnvironment().getProperty("local.server.port");
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.path()))
			.timeout(Duration.ofSeconds(20));
		request.headers().forEach(builder::header);
		if (cookie != null) {
			builder.header("Cookie", cookie);
		}
		if (request.form() == null) {
			builder.GET();
		}
		else {
			StringBuilder body = new StringBuilder();
			request.form()
				.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
					.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			builder.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		}
		return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static Request get(String path) {
		return new Request(path, null, Map.of());
	}

	private static Request lookup(String value, String client) {
		return new Request("/api/lookup?value=" + URLEncoder.encode(value, StandardCharsets.UTF_8), null,
				Map.of("X-Forwarded-For", client));
	}

	private static Request post(String path, Map<String, String> form) {
		return new Request(path, form, Map.of());
	}

	private record Request(String path, Map<String, String> form, Map<String, String> headers) {

	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst();
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
		return matcher.group(1);
	}

	private static String required(String name) {
		String value = System.getenv(name);
		if (value == null) {
			throw new IllegalStateException(name + " is not set: .ci/run starts Debian's PostgreSQL and sets it");
		}
		return value;
	}

}
