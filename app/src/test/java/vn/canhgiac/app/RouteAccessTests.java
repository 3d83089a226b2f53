package vn.canhgiac.app;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.accounts.DemoLogins;
import vn.canhgiac.app.accounts.Role;
import vn.canhgiac.app.directory.DirectoryManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Issue 5's access walk: every route Spring MVC maps (controllers and actuator), for each
 * of eight subjects, against objects owned by someone else, must give a 2xx only to the
 * subjects {@code route-access.txt} names; everyone else gets 401, 403, 404 or a redirect
 * to the login page, and a refused POST changes nothing in the database. A mapped route
 * without a line in the table, or a line without a route, fails the test.
 * <p>
 * The allowed subjects must succeed too (unless the line says {@code lenient}): that
 * proves the fixtures are real objects, so the refusals are refusals of access and not
 * "no such thing". The figures go to {@code target/route-access.txt}.
 * <p>
 * Allowed subjects really change things (disable their two-step login, reset others'), so
 * the test has a database of its own: the extra property gives it its own context and so
 * its own home.
 */
@SpringBootTest(properties = "canhgiac.test.context=route-access")
@AutoConfigureMockMvc
class RouteAccessTests {

	static final List<String> SUBJECTS = List.of("anonymous", "staff", "staff2", "unitadmin", "police", "police2",
			"policeadmin", "leader");

	private static final Pattern LOGIN_PAGE = Pattern.compile("^(https?://[^/]+)?/login$");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}|\\*\\*");

	private static final Pattern FIXTURE_REFERENCE = Pattern.compile("@([A-Za-z][A-Za-z0-9]*)");

	private static final AtomicInteger unique = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DirectoryManagement directory;

	private final Map<String, SignedIn> sessions = new HashMap<>();

	@Test
	void everyMappedRouteIsClassifiedAndEveryLineHasARoute() {
		List<Rule> rules = Rule.load();
		Set<String> routes = routes();
		Set<String> classified = rules.stream().map(Rule::route).collect(Collectors.toCollection(TreeSet::new));
		Set<String> unclassified = new TreeSet<>(routes);
		unclassified.removeAll(classified);
		Set<String> stale = new TreeSet<>(classified);
		stale.removeAll(routes);
		StringBuilder problems = new StringBuilder();
		if (!unclassified.isEmpty()) {
			problems.append("Routes not classified in src/test/resources/route-access.txt (add a line each, ")
				.append("\"METHOD /path -> WHO | name=value ...\"; see the top of that file):\n");
			unclassified.forEach((route) -> problems.append("  ").append(route).append(" -> ?\n"));
		}
		if (!stale.isEmpty()) {
			problems.append("Lines of route-access.txt whose route no longer exists:\n");
			stale.forEach((route) -> problems.append("  ").append(route).append('\n'));
		}
		if (problems.length() > 0) {
			fail(problems.toString());
		}
	}

	@Test
	void noSubjectGetsA2xxFromARouteItIsNotAllowed() throws Exception {
		Fixtures fixtures = new Fixtures();
		Set<String> routes = routes();
		List<Rule> rules = new ArrayList<>(
				Rule.load().stream().filter((rule) -> routes.contains(rule.route())).toList());
		// Reads first, against shared objects; then the changes, each against fresh
		// objects, so that one subject's change cannot hide another's. One session per
		// subject, signed in again when a change may have ended it.
		rules.sort((a, b) -> Boolean.compare(!"GET".equals(a.method()), !"GET".equals(b.method())));
		Map<String, int[]> figures = new LinkedHashMap<>();
		SUBJECTS.forEach((subject) -> figures.put(subject, new int[5]));
		List<String> violations = new ArrayList<>();
		StringBuilder matrix = new StringBuilder();
		Context shared = fixtures.shared();
		for (Rule rule : rules) {
			Set<String> allowed = rule.allowed(fixtures);
			matrix.append(String.format("%-60s", rule.method() + " " + rule.path()));
			for (String subject : SUBJECTS) {
				boolean read = "GET".equals(rule.method());
				Context context = read ? shared.as(subject) : fixtures.fresh(subject);
				Walk walk;
				try {
					walk = walk(rule, subject, context, allowed, read);
				}
				catch (Exception | AssertionError ex) {
					violations.add(rule.describe() + " as " + subject + ": " + ex.toString().replace('\n', ' '));
					matrix.append(String.format(" %s=ERR", subject));
					continue;
				}
				int[] counts = figures.get(subject);
				counts[0]++;
				if (walk.status() / 100 == 2) {
					counts[1]++;
				}
				else if (walk.refused()) {
					counts[2]++;
				}
				else {
					counts[3]++;
				}
				if (allowed.contains(subject)) {
					counts[4]++;
				}
				matrix.append(String.format(" %s=%d%s", subject, walk.status(), allowed.contains(subject) ? "+" : ""));
				if (walk.problem() != null) {
					violations.add(rule.describe() + " as " + subject + ": " + walk.problem());
				}
			}
			matrix.append('\n');
		}
		String report = report(figures, rules.size(), violations, matrix);
		Path out = Path.of("target", "route-access.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report.substring(0, report.indexOf("\nRequests ")));
		assertThat(violations).as("access violations (details in target/route-access.txt)").isEmpty();
	}

	private Walk walk(Rule rule, String subject, Context context, Set<String> allowed, boolean read) throws Exception {
		MockHttpSession session = "anonymous".equals(subject) ? null : session(subject);
		Map<String, Object> variables = new LinkedHashMap<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : rule.values().entrySet()) {
			Object value = context.resolve(entry.getValue());
			(rule.variables().contains(entry.getKey()) ? variables : parameters).put(entry.getKey(), value);
		}
		for (String variable : rule.variables()) {
			if (!variables.containsKey(variable)) {
				throw new IllegalStateException(
						"no value for {" + variable + "}: add " + variable + "=... to the line");
			}
		}
		String uri = expand(rule.path(), variables);
		boolean multipartRequest = parameters.values().stream().anyMatch(Upload.class::isInstance);
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (multipartRequest) {
			MockMultipartHttpServletRequestBuilder multipartBuilder = multipart(uri);
			parameters.forEach((name, value) -> {
				if (value instanceof Upload upload) {
					multipartBuilder
						.file(new MockMultipartFile(name, upload.name(), upload.contentType(), upload.bytes()));
				}
			});
			builder = multipartBuilder;
		}
		else {
			builder = read ? get(uri) : request(org.springframework.http.HttpMethod.valueOf(rule.method()), uri);
		}
		parameters.forEach((name, value) -> {
			if (!(value instanceof Upload)) {
				builder.param(name, value.toString());
			}
		});
		if (!read) {
			builder.with(csrf());
		}
		int n = unique.incrementAndGet();
		// Each request from its own address, so the public forms' rate limits do not
		// turn a 2xx into a 429.
		builder.with((request) -> {
			request.setRemoteAddr("10.55." + (n / 250) + "." + (n % 250 + 1));
			return request;
		});
		if (session != null) {
			builder.session(session);
			if (!read) {
				this.sessions.get(subject).dirty = true;
			}
		}
		String marker = null;
		if (rule.hides() != null) {
			Matcher reference = FIXTURE_REFERENCE.matcher(rule.hides());
			StringBuilder text = new StringBuilder();
			while (reference.find()) {
				reference.appendReplacement(text, Matcher.quoteReplacement(context.get(reference.group(1)).toString()));
			}
			reference.appendTail(text);
			marker = text.toString();
		}
		boolean permitted = allowed.contains(subject);
		boolean watchState = !read && (!permitted || rule.unchanged().contains(subject));
		String before = watchState ? fingerprint() : null;
		MvcResult result = this.mvc.perform(builder).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getHeader("Location");
		boolean loginRedirect = status / 100 == 3 && location != null && LOGIN_PAGE.matcher(location).matches();
		boolean refused = status == 401 || status == 403 || status == 404 || loginRedirect;
		String outcome = status + ((location != null) ? " -> " + location : "");
		String problem = null;
		if (!permitted && !refused) {
			problem = ((status / 100 == 2) ? "UNAUTHORISED 2xx: " : "not refused: ") + outcome
					+ " (expected 401, 403, 404 or a redirect to /login)";
		}
		else if (permitted && !rule.lenient() && (refused || status / 100 > 3)) {
			problem = "allowed but did not succeed: " + outcome + " (the fixture or the parameters are wrong)";
		}
		if (problem == null && marker != null && status / 100 == 2) {
			boolean shown = result.getResponse().getContentAsString(StandardCharsets.UTF_8).contains(marker);
			if (rule.sees().contains(subject) && !shown) {
				problem = "the page should show " + marker + " to " + subject + " (fixture or marker wrong)";
			}
			else if (!rule.sees().contains(subject) && shown) {
				problem = "LEAK: the page shows " + marker + " (someone else's) to " + subject;
			}
		}
		if (problem == null && watchState) {
			String after = fingerprint();
			if (!after.equals(before)) {
				problem = "changed the database although " + (permitted ? "it must change nothing here" : "refused")
						+ ": " + outcome + "\n    before " + before + "\n    after  " + after;
			}
		}
		return new Walk(status, refused, problem);
	}

	private static String expand(String path, Map<String, Object> variables) {
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			String name = (matcher.group(1) != null) ? matcher.group(1) : "**";
			// ids, codes and names only: the request builder encodes the URI
			matcher.appendReplacement(uri, Matcher.quoteReplacement(variables.get(name).toString()));
		}
		matcher.appendTail(uri);
		return uri.toString();
	}

	/**
	 * What a refused request must not change: the rows of every table a route writes to
	 * (row counts only where the background worker changes rows on its own).
	 */
	private String fingerprint() {
		return this.jdbc
			.sql("""
					select concat_ws(' ',
					  (select md5(coalesce(string_agg(t::text, ',' order by t.id), '')) from police_case t),
					  (select count(*) from case_share), (select count(*) from case_note),
					  (select md5(coalesce(string_agg(t::text, ',' order by t.id), '')) from case_task t),
					  (select count(*) from case_indicator),
					  (select md5(coalesce(string_agg(t.id || t.status, ',' order by t.id), '')) from report t),
					  (select count(*) from report_message), (select count(*) from content_check),
					  (select count(*) from evidence_object where uploaded_by is not null),
					  (select md5(coalesce(string_agg(t::text, ',' order by t.id), '')) from org_unit t),
					  (select md5(coalesce(string_agg(t::text, ',' order by t.id), '')) from person t),
					  (select md5(coalesce(string_agg(t.id || t.username || t.password_hash || t.enabled
					      || t.must_change_password || t.session_epoch || coalesce(t.totp_secret, ''), ','
					      order by t.id), '')) from user_account t),
					  (select count(*) from recovery_code), (select count(*) from account_security_event),
					  (select md5(coalesce(string_agg(concat_ws('|', t.id, t.status, t.updated_at, t.attachment_id,
					      t.publisher_account_id), ',' order by t.id), '')) from advisory t),
					  (select concat_ws('/', count(acknowledged_at), sum(quiz_attempts), sum(reminders))
					      from advisory_recipient),
					  (select md5(coalesce(string_agg(t.id || t.url, ',' order by t.id), '')) from advisory_feed t),
					  (select md5(coalesce(string_agg(concat_ws('|', t.id, t.advisory_id), ',' order by t.id), ''))
					      from advisory_feed_item t),
					  (select md5(coalesce(string_agg(concat_ws('|', t.id, t.status, t.proposed_by, t.decided_by), ','
					      order by t.id), '')) from intel_indicator t where t.status <> 'reported' or t.proposed_by is not null),
					  (select count(*) from intel_feed_import))""")
			.query(String.class)
			.single();
	}

	/** All handler-method routes: controllers and actuator endpoints. */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				Set<String> names = methods.isEmpty() ? Set.of("GET", "POST")
						: methods.stream().map(Enum::name).collect(Collectors.toSet());
				for (String pattern : info.getPatternValues()) {
					names.forEach((method) -> routes.add(method + " " + pattern));
				}
			}
		}
		return routes;
	}

	/**
	 * The subject's session, signed in again when a change may have ended it ("sign out
	 * everywhere") and confirmed again well before the five-minute confirmation lapses.
	 */
	private MockHttpSession session(String subject) throws Exception {
		SignedIn signedIn = this.sessions.get(subject);
		if (signedIn == null || signedIn.confirmedAt.isBefore(Instant.now().minusSeconds(120))
				|| (signedIn.dirty && !stillSignedIn(signedIn.session))) {
			signedIn = new SignedIn(freshSession(subject), Instant.now());
			this.sessions.put(subject, signedIn);
		}
		signedIn.dirty = false;
		return signedIn.session;
	}

	private boolean stillSignedIn(MockHttpSession session) throws Exception {
		return this.mvc.perform(get("/account/security").session(session)).andReturn().getResponse().getStatus() == 200;
	}

	private static final class SignedIn {

		final MockHttpSession session;

		final Instant confirmedAt;

		boolean dirty;

		SignedIn(MockHttpSession session, Instant confirmedAt) {
			this.session = session;
			this.confirmedAt = confirmedAt;
		}

	}

	/**
	 * Signs in and confirms the password (or code) at once, so that "confirm it is you"
	 * gates are passed and cannot hide a missing access check.
	 */
	private MockHttpSession freshSession(String username) throws Exception {
		MockHttpSession session = DemoLogins.login(this.mvc, this.jdbc, username);
		MvcResult confirm = this.mvc
			.perform(post("/account/confirm").param("next", "/")
				.param("secret", secret(username))
				.session(session)
				.with(csrf()))
			.andReturn();
		assertThat(confirm.getResponse().getRedirectedUrl()).as("%s signs in and confirms", username).isEqualTo("/");
		return session;
	}

	/** The password, or for an account with two-step login a current code. */
	private String secret(String username) {
		boolean usesCode = this.jdbc.sql("select totp_secret is not null from user_account where username = ?")
			.param(username)
			.query(Boolean.class)
			.single();
		if (!usesCode) {
			return DemoLogins.DEMO_PASSWORD;
		}
		this.jdbc.sql("update user_account set totp_last_step = null where username = ?").param(username).update();
		return DemoLogins.currentCode(DemoLogins.totpSecret(username));
	}

	private static String report(Map<String, int[]> figures, int lines, List<String> violations, CharSequence matrix) {
		StringBuilder out = new StringBuilder();
		out.append("Route access walk (RouteAccessTests, issue 5): ")
			.append(lines)
			.append(" lines of route-access.txt x ")
			.append(SUBJECTS.size())
			.append(" subjects, ")
			.append(Instant.now())
			.append('\n');
		out.append(String.format("%-12s %8s %6s %8s %6s %8s%n", "subject", "requests", "2xx", "refused", "other",
				"allowed"));
		int[] total = new int[5];
		figures.forEach((subject, counts) -> {
			out.append(String.format("%-12s %8d %6d %8d %6d %8d%n", subject, counts[0], counts[1], counts[2], counts[3],
					counts[4]));
			for (int i = 0; i < total.length; i++) {
				total[i] += counts[i];
			}
		});
		out.append(
				String.format("%-12s %8d %6d %8d %6d %8d%n", "all", total[0], total[1], total[2], total[3], total[4]));
		long unauthorised2xx = violations.stream().filter((v) -> v.contains("UNAUTHORISED 2xx")).count();
		out.append("unauthorised 2xx: ").append(unauthorised2xx).append("; violations: ").append(violations.size());
		out.append("\n(refused = 401, 403, 404 or a redirect to /login; other = redirects elsewhere, 4xx, 5xx;")
			.append(" allowed = requests the table allows)\n");
		if (!violations.isEmpty()) {
			out.append("\nViolations:\n");
			violations.forEach((v) -> out.append("  ").append(v).append('\n'));
		}
		out.append("\nRequests (status per subject; + = allowed by the table):\n").append(matrix);
		return out.toString();
	}

	record Walk(int status, boolean refused, @Nullable String problem) {
	}

	/** A file to upload. */
	record Upload(String name, String contentType, byte[] bytes) {
	}

	/** One line of route-access.txt. */
	record Rule(int line, String method, String path, List<String> who, Map<String, String> values, boolean lenient,
			Set<String> unchanged, @Nullable String hides, Set<String> sees, Set<String> variables) {

		private static final Pattern LINE = Pattern
			.compile("^(GET|POST|PUT|PATCH|DELETE)\\s+(\\S+)\\s+->\\s+([^|]+?)\\s*(?:\\|(.*))?$");

		static List<Rule> load() {
			List<Rule> rules = new ArrayList<>();
			try (InputStream in = RouteAccessTests.class.getResourceAsStream("/route-access.txt")) {
				assertThat(in).as("route-access.txt on the test class path").isNotNull();
				String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
				for (int i = 0; i < lines.length; i++) {
					String text = lines[i].strip();
					if (text.isEmpty() || text.startsWith("#")) {
						continue;
					}
					rules.add(parse(i + 1, text));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return rules;
		}

		static Rule parse(int number, String text) {
			Matcher matcher = LINE.matcher(text);
			if (!matcher.matches()) {
				throw new IllegalArgumentException("route-access.txt line " + number
						+ ": expected \"METHOD /path -> WHO | name=value ...\", got: " + text);
			}
			List<String> who = List.of(matcher.group(3).strip().split("[,\\s]+"));
			for (String token : who) {
				if (!SUBJECTS.contains(token)
						&& !Set.of("PUBLIC", "AUTHENTICATED", "OWNER", "NOBODY").contains(token)) {
					throw new IllegalArgumentException(
							"route-access.txt line " + number + ": unknown subject " + token);
				}
			}
			Map<String, String> values = new LinkedHashMap<>();
			boolean lenient = false;
			Set<String> unchanged = new LinkedHashSet<>();
			String hides = null;
			Set<String> sees = new LinkedHashSet<>();
			if (matcher.group(4) != null) {
				for (String token : matcher.group(4).strip().split("\\s+")) {
					if (token.isEmpty()) {
						continue;
					}
					if (token.equals("lenient")) {
						lenient = true;
					}
					else if (token.startsWith("unchanged=")) {
						unchanged.addAll(List.of(token.substring("unchanged=".length()).split(",")));
					}
					else if (token.startsWith("hides=")) {
						hides = URLDecoder.decode(token.substring("hides=".length()), StandardCharsets.UTF_8);
					}
					else if (token.startsWith("sees=")) {
						sees.addAll(List.of(token.substring("sees=".length()).split(",")));
					}
					else if (token.contains("=")) {
						int eq = token.indexOf('=');
						values.put(token.substring(0, eq),
								URLDecoder.decode(token.substring(eq + 1), StandardCharsets.UTF_8));
					}
					else {
						throw new IllegalArgumentException(
								"route-access.txt line " + number + ": unknown flag " + token);
					}
				}
			}
			Set<String> variables = new LinkedHashSet<>();
			Matcher variable = VARIABLE.matcher(matcher.group(2));
			while (variable.find()) {
				variables.add((variable.group(1) != null) ? variable.group(1) : "**");
			}
			for (String subject : union(unchanged, sees)) {
				if (!SUBJECTS.contains(subject)) {
					throw new IllegalArgumentException(
							"route-access.txt line " + number + ": unknown subject " + subject);
				}
			}
			return new Rule(number, matcher.group(1), matcher.group(2), who, values, lenient, unchanged, hides, sees,
					variables);
		}

		private static Set<String> union(Set<String> a, Set<String> b) {
			Set<String> union = new LinkedHashSet<>(a);
			union.addAll(b);
			return union;
		}

		String route() {
			return this.method + " " + this.path;
		}

		String describe() {
			return "line " + this.line + " " + route()
					+ (this.values.isEmpty() ? "" : " " + this.values.toString().replace(", ", " "));
		}

		Set<String> allowed(Fixtures fixtures) {
			Set<String> allowed = new LinkedHashSet<>();
			for (String token : this.who) {
				switch (token) {
					case "PUBLIC" -> allowed.addAll(SUBJECTS);
					case "AUTHENTICATED" -> allowed.addAll(SUBJECTS.subList(1, SUBJECTS.size()));
					case "NOBODY" -> {
					}
					case "OWNER" -> this.values.values()
						.stream()
						.filter((value) -> value.startsWith("@"))
						.map((value) -> fixtures.owner(value.substring(1)))
						.filter((owner) -> owner != null)
						.forEach(allowed::add);
					default -> allowed.add(token);
				}
			}
			return allowed;
		}

	}

	/** Where fixture values are kept: shared for reads, fresh for each change. */
	static final class Context {

		private final Fixtures fixtures;

		private final @Nullable Context parent;

		private final Map<String, Object> values;

		private final String subject;

		Context(Fixtures fixtures, @Nullable Context parent, Map<String, Object> values, String subject) {
			this.fixtures = fixtures;
			this.parent = parent;
			this.values = values;
			this.subject = subject;
		}

		Context as(String subject) {
			return new Context(this.fixtures, this.parent, this.values, subject);
		}

		String subject() {
			return this.subject;
		}

		Object resolve(String raw) {
			if (raw.startsWith("@")) {
				return get(raw.substring(1));
			}
			return raw.replace("{n}", Integer.toString(unique.incrementAndGet()));
		}

		Object get(String name) {
			Fixture fixture = this.fixtures.fixture(name);
			if (fixture == null) {
				throw new IllegalStateException("no fixture @" + name + " (RouteAccessTests.Fixtures)");
			}
			if (fixture.perSubject()) {
				return fixture.make().apply(this);
			}
			Context holder = (fixture.shared() && this.parent != null) ? this.parent : this;
			Object value = holder.values.get(name);
			if (value == null) {
				value = fixture.make().apply(holder);
				holder.values.put(name, value);
			}
			return value;
		}

	}

	/**
	 * @param owner the subject the object belongs to (for OWNER), or null
	 * @param shared made once per test (expensive, or never changed by a route)
	 * @param perSubject made again for each request, depending on the subject
	 */
	record Fixture(@Nullable String owner, boolean shared, boolean perSubject, Function<Context, Object> make) {
	}

	/**
	 * The objects the walk is done against, made through the real application: reports,
	 * cases and checks of {@code staff} (unit A) in station A's area, a person and an
	 * account of unit B (Sở Tài chính, administered only by police administrators).
	 */
	final class Fixtures {

		private final Map<String, Fixture> registry;

		private final Map<String, Object> sharedValues = new HashMap<>();

		Fixtures() {
			RouteAccessTests t = RouteAccessTests.this;
			Map<String, Fixture> r = new LinkedHashMap<>();
			// Directory
			r.put("communeA", shared(null, (c) -> t.unitId("P-AH")));
			r.put("unitB", shared(null, (c) -> t.unitId("STC")));
			r.put("stationB", shared(null, (c) -> t.jdbc
				.sql("select s.id from police_station s join org_unit u on u.id = s.unit_id where u.code = 'CA-TC'")
				.query(Long.class)
				.single()));
			r.put("policeAccount", shared("police", (c) -> t.accountId("police")));
			r.put("personB", fresh(null, (c) -> t.directory.addPerson((Long) c.get("unitB"),
					"Người thử " + unique.incrementAndGet(), "Chuyên viên", null, null)));
			r.put("accountB", fresh(null, (c) -> {
				long person = t.directory.addPerson((Long) c.get("unitB"), "Tài khoản thử " + unique.incrementAndGet(),
						null, null, null);
				return t.accounts.createAccount("thu" + unique.incrementAndGet(), "Trăng sáng bờ sông " + person,
						person, EnumSet.of(Role.STAFF));
			}));
			r.put("mySecret", new Fixture(null, false, true,
					(c) -> "anonymous".equals(c.subject()) ? DemoLogins.DEMO_PASSWORD : t.secret(c.subject())));
			// Uploads
			r.put("png", shared(null, (c) -> new Upload("anh.png", "image/png", png(48, 36))));
			r.put("csvUnitB",
					shared(null,
							(c) -> new Upload("can-bo.csv", "text/csv",
									"full_name,unit_code,position,email,phone\nNgười Nhập Thử,STC,Chuyên viên,,\n"
										.getBytes(StandardCharsets.UTF_8))));
			// Checks of staff
			r.put("textCheck", shared("staff", (c) -> t.created("staff",
					post("/checks/text").param("text", "Chuyển tiền vào tài khoản 0123456789 ngay"), "/checks/")));
			r.put("fileCheck",
					shared("staff",
							(c) -> t.created("staff",
									multipart("/checks/file")
										.file(new MockMultipartFile("file", "anh.png", "image/png", png(48, 36))),
									"/checks/")));
			r.put("imageCheck", shared("staff", (c) -> {
				byte[] picture = png(320, 240);
				UUID id = t.created("staff",
						multipart("/checks/image").file(new MockMultipartFile("image", "anh.png", "image/png", picture))
							.file(new MockMultipartFile("references", "ref.png", "image/png", png(160, 120))),
						"/checks/");
				t.awaitCheck(id);
				return id;
			}));
			r.put("mapKind",
					shared(null, (c) -> t.jdbc
						.sql("select jsonb_object_keys(report -> 'storedMaps') from content_check where id = ? limit 1")
						.param(c.get("imageCheck"))
						.query(String.class)
						.optional()
						.orElseThrow(() -> new IllegalStateException("the image check stored no forensic map"))));
			// Reports and cases of staff, in station A's area
			r.put("report", fresh("staff", (c) -> t.staffReport(c, false)));
			r.put("case", fresh(null, (c) -> t.caseOf((UUID) c.get("report"))));
			r.put("task", fresh(null, (c) -> {
				UUID caseId = (UUID) c.get("case");
				t.as("police", post("/cases/" + caseId + "/tasks").param("title", "Xác minh số điện thoại"));
				return t.jdbc.sql("select max(id) from case_task where case_id = ?")
					.param(caseId)
					.query(Long.class)
					.single();
			}));
			r.put("otherCaseRef",
					shared(null,
							(c) -> t.jdbc.sql("select ref from police_case where id = ?")
								.param(t.caseOf(t.staffReport(c, false)))
								.query(String.class)
								.single()));
			r.put("sharedCase", shared(null, (c) -> {
				UUID caseId = t.caseOf(t.staffReport(c, false));
				t.as("police", post("/cases/" + caseId + "/share").param("station", c.get("stationB").toString()));
				return caseId;
			}));
			// Station B's case (reported by staff2 about phường Thành Công) and its task
			r.put("caseB", shared(null, (c) -> t.caseOf(t.report("staff2", t.unitId("P-TC"), false))));
			r.put("caseBRef",
					shared(null,
							(c) -> t.jdbc.sql("select ref from police_case where id = ?")
								.param(c.get("caseB"))
								.query(String.class)
								.single()));
			r.put("taskB", shared(null, (c) -> {
				UUID caseId = (UUID) c.get("caseB");
				t.as("police2", post("/cases/" + caseId + "/tasks").param("title", "Việc của trạm B"));
				return t.jdbc.sql("select max(id) from case_task where case_id = ?")
					.param(caseId)
					.query(Long.class)
					.single();
			}));
			r.put("police2Account", shared("police2", (c) -> t.accountId("police2")));
			r.put("imageReport", shared("staff", (c) -> t.staffReport(c, true)));
			r.put("imageCase", shared(null, (c) -> t.caseOf((UUID) c.get("imageReport"))));
			r.put("imageCaseCheck",
					shared(null,
							(c) -> t.jdbc.sql("select check_id from report_check where report_id = ? limit 1")
								.param(c.get("imageReport"))
								.query(UUID.class)
								.single()));
			r.put("trackingCode", shared(null, (c) -> {
				String location = t
					.perform(null,
							post("/public/report").param("category", "FAKE_APP")
								.param("channel", "ZALO")
								.param("description", "Tôi bị lừa cài ứng dụng")
								.param("communeId", c.get("communeA").toString())
								.param("reporterEmail", "nguoi.dan@example.test")
								.param("consent", "true"))
					.getResponse()
					.getRedirectedUrl();
				assertThat(location).as("public report").startsWith("/public/reports/");
				return location.substring("/public/reports/".length(), location.indexOf('?'));
			}));
			// Advisories: unit A is UBND phường An Hòa (unitadmin's unit; staff works
			// below it)
			r.put("unitA", shared(null, (c) -> t.unitId("UBND-AH")));
			r.put("publicAdvisory", shared(null, (c) -> t.advisoryByNumber("127/CAT-ANM")));
			r.put("directive", shared(null, (c) -> t.advisoryByNumber("183/UBND-NC")));
			// a draft of unitadmin's for unit A, complete (it can be submitted), with its
			// original
			r.put("advisoryDraft", fresh("unitadmin", (c) -> {
				long id = t.advisory("unitadmin", (Long) c.get("unitA"));
				t.as("unitadmin", multipart("/advisories/" + id + "/original")
					.file(new MockMultipartFile("file", "ban-goc.png", "image/png", png(64, 48))));
				return id;
			}));
			r.put("advisoryReview", fresh("unitadmin", (c) -> t.submitted("unitadmin", (Long) c.get("unitA"))));
			// in review, drafted by policeadmin: only another person (the leader)
			// publishes it
			r.put("policeadminReview", fresh("policeadmin", (c) -> t.submitted("policeadmin", (Long) c.get("unitB"))));
			r.put("policeadminDraft", shared("policeadmin", (c) -> t.advisory("policeadmin", (Long) c.get("unitB"))));
			r.put("policeadminDraftNumber", shared(null, (c) -> t.advisoryNumber((Long) c.get("policeadminDraft"))));
			// published, not public, addressed to unit A only
			r.put("advisoryPublished", fresh(null, (c) -> {
				long id = t.submitted("unitadmin", (Long) c.get("unitA"));
				t.as("policeadmin", post("/advisories/" + id + "/publish"));
				return id;
			}));
			// the same with its original, and acknowledged by its two recipients among
			// the
			// subjects (staff and unitadmin), so they can answer the quiz
			r.put("advisoryA", shared(null, (c) -> {
				long id = t.advisory("unitadmin", (Long) c.get("unitA"));
				t.as("unitadmin", multipart("/advisories/" + id + "/original")
					.file(new MockMultipartFile("file", "ban-goc.png", "image/png", png(64, 48))));
				t.as("unitadmin", post("/advisories/" + id + "/submit"));
				t.as("leader", post("/advisories/" + id + "/publish"));
				t.as("staff", post("/advisories/" + id + "/acknowledge"));
				t.as("unitadmin", post("/advisories/" + id + "/acknowledge"));
				return id;
			}));
			r.put("advisoryANumber", shared(null, (c) -> t.advisoryNumber((Long) c.get("advisoryA"))));
			// published, not public, addressed to unit B only
			r.put("advisoryB", shared(null, (c) -> {
				long id = t.submitted("policeadmin", (Long) c.get("unitB"));
				t.as("leader", post("/advisories/" + id + "/publish"));
				return id;
			}));
			r.put("advisoryBNumber", shared(null, (c) -> t.advisoryNumber((Long) c.get("advisoryB"))));
			// official feeds: never a real address (nothing listens on port 9 here)
			r.put("feed", fresh(null, (c) -> {
				String url = "http://127.0.0.1:9/canh-bao-" + unique.incrementAndGet() + ".xml";
				t.as("policeadmin", post("/advisories/feeds").param("url", url).param("name", "Nguồn thử"));
				return t.jdbc.sql("select id from advisory_feed where url = ?").param(url).query(Long.class).single();
			}));
			r.put("feedItem", fresh(null, (c) -> t.jdbc.sql("""
					insert into advisory_feed_item (feed_id, guid, title, link, summary, published_at, fetched_at)
					values (?, ?, 'Cảnh báo giả danh công an gọi điện', null, 'Không chuyển tiền.', now(), now())
					returning id""")
				.params(c.get("feed"), "urn:thu:" + unique.incrementAndGet())
				.query(Long.class)
				.single()));
			// Statistics (issue 9): a stored monthly report (figures only)
			r.put("monthlyReport", shared(null, (c) -> {
				t.as("leader", post("/stats/monthly").param("month", "2026-01"));
				return t.jdbc.sql("select max(id) from monthly_report").query(Long.class).single();
			}));
			// Intelligence (issue 6): values the police added to station A's cases
			r.put("intelCase", shared(null, (c) -> t.caseOf(t.staffReport(c, false))));
			r.put("indicator", fresh(null, (c) -> t.indicator((UUID) c.get("intelCase"))));
			// proposed for the public blacklist by police: a second officer must confirm
			// it
			r.put("proposedIndicator", fresh(null, (c) -> {
				long id = t.indicator((UUID) c.get("intelCase"));
				t.as("police", post("/intel/indicators/" + id + "/propose").param("reason", "Số trong thư tống tiền"));
				assertThat(t.jdbc.sql("select proposed_by from intel_indicator where id = ?")
					.param(id)
					.query(Long.class)
					.optional()).as("proposed by police").contains(t.accountId("police"));
				return id;
			}));
			r.put("campaign", shared(null, (c) -> {
				UUID first = t.caseOf(t.staffReport(c, false));
				UUID second = t.caseOf(t.staffReport(c, false));
				String handle = "@chiendichthu" + unique.incrementAndGet();
				for (UUID caseId : List.of(first, second)) {
					t.as("police",
							post("/cases/" + caseId + "/indicators").param("type", "telegram").param("value", handle));
				}
				return t.jdbc.sql("select campaign_id from intel_case where case_id = ?")
					.param(first)
					.query(UUID.class)
					.single();
			}));
			r.put("blocklist",
					shared(null,
							(c) -> new Upload("chongluadao.txt", "text/plain",
									"# ChongLuaDao\nlua-dao-thu.example\nhttps://vi-du-lua-dao.example/nhan-qua\n"
										.getBytes(StandardCharsets.UTF_8))));
			this.registry = r;
		}

		private static Fixture shared(@Nullable String owner, Function<Context, Object> make) {
			return new Fixture(owner, true, false, make);
		}

		private static Fixture fresh(@Nullable String owner, Function<Context, Object> make) {
			return new Fixture(owner, false, false, make);
		}

		Context shared() {
			return new Context(this, null, this.sharedValues, "anonymous");
		}

		Context fresh(String subject) {
			return new Context(this, new Context(this, null, this.sharedValues, subject), new HashMap<>(), subject);
		}

		@Nullable Fixture fixture(String name) {
			return this.registry.get(name);
		}

		@Nullable String owner(String name) {
			Fixture fixture = this.registry.get(name);
			return (fixture != null) ? fixture.owner() : null;
		}

	}

	private long unitId(String code) {
		return this.jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	private long accountId(String username) {
		return this.jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private UUID staffReport(Context context, boolean withPicture) {
		return report("staff", unitId("P-AH"), withPicture);
	}

	/**
	 * A report by a member of staff about a commune, so it lands at that commune's
	 * station.
	 */
	private UUID report(String username, long commune, boolean withPicture) {
		AbstractMockHttpServletRequestBuilder<?> builder = withPicture
				? multipart("/reports").file(new MockMultipartFile("files", "thu.png", "image/png", png(160, 120)))
				: post("/reports");
		builder.param("category", withPicture ? "EXTORTION_IMAGES" : "IMPERSONATION")
			.param("channel", withPicture ? "LETTER" : "SMS")
			.param("description", "Tôi nhận được tin nhắn đe doạ")
			.param("phone", "0987654321")
			.param("communeId", Long.toString(commune))
			.param("consent", "true");
		return created(username, builder, "/reports/");
	}

	private long advisoryByNumber(String number) {
		return this.jdbc.sql("select id from advisory where number = ?").param(number).query(Long.class).single();
	}

	private String advisoryNumber(long id) {
		return this.jdbc.sql("select number from advisory where id = ?").param(id).query(String.class).single();
	}

	/**
	 * A complete draft advisory (with a one-question quiz, not public) by an editor for a
	 * unit; its number is unique.
	 */
	private long advisory(String author, long unit) {
		MvcResult result = as(author,
				post("/advisories/new").param("number", "RA" + unique.incrementAndGet() + "-KT")
					.param("issuedOn", java.time.LocalDate.now().toString())
					.param("issuer", "UBND phường An Hòa")
					.param("signer", "Người ký thử")
					.param("title", "Cảnh báo thử")
					.param("subject", "V/v cảnh báo thử")
					.param("body", "Không chuyển tiền cho người **lạ**.")
					.param("category", "PHISHING")
					.param("units", Long.toString(unit))
					.param("quizPassPercent", "100")
					.param("q0", "Có nên chuyển tiền?")
					.param("q0o0", "Có")
					.param("q0o1", "Không")
					.param("q0c", "1"));
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("advisory drafted by %s", author).matches("/advisories/\\d+");
		return Long.parseLong(location.substring("/advisories/".length()));
	}

	/** A draft advisory submitted for review by its author. */
	private long submitted(String author, long unit) {
		long id = advisory(author, unit);
		as(author, post("/advisories/" + id + "/submit"));
		return id;
	}

	/**
	 * A Telegram handle an officer of station A added to a case: a reported value in the
	 * intel store.
	 */
	private long indicator(UUID caseId) {
		String token = "thucanhgioi" + unique.incrementAndGet() + "x";
		as("police", post("/cases/" + caseId + "/indicators").param("type", "telegram").param("value", "@" + token));
		return this.jdbc.sql("select id from intel_indicator where type = 'telegram' and strpos(value, ?) > 0")
			.param(token)
			.query(Long.class)
			.single();
	}

	private UUID caseOf(UUID reportId) {
		return this.jdbc.sql("select id from police_case where report_id = ?")
			.param(reportId)
			.query(UUID.class)
			.single();
	}

	/** Performs a POST as the owner and returns the id the redirect names. */
	private UUID created(String username, AbstractMockHttpServletRequestBuilder<?> builder, String prefix) {
		MvcResult result = as(username, builder);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("fixture made by %s: %s", username, result.getRequest().getRequestURI())
			.startsWith(prefix);
		String rest = location.substring(prefix.length());
		return UUID.fromString(rest.replaceAll("[?#].*", ""));
	}

	/**
	 * A change as a subject, in a fresh session (the walk's own sessions may have been
	 * ended by "sign out everywhere").
	 */
	private MvcResult as(String username, AbstractMockHttpServletRequestBuilder<?> builder) {
		try {
			MockHttpSession session = session(username);
			this.sessions.get(username).dirty = true;
			MvcResult result = perform(session, builder);
			assertThat(result.getResponse().getStatus())
				.as("fixture request %s as %s", result.getRequest().getRequestURI(), username)
				.isEqualTo(302);
			return result;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcResult perform(@Nullable MockHttpSession session, AbstractMockHttpServletRequestBuilder<?> builder) {
		try {
			if (session != null) {
				builder.session(session);
			}
			int n = unique.incrementAndGet();
			return this.mvc.perform(builder.with(csrf()).with((request) -> {
				request.setRemoteAddr("10.56." + (n / 250) + "." + (n % 250 + 1));
				return request;
			})).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void awaitCheck(UUID id) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			String status = this.jdbc.sql("select status from content_check where id = ?")
				.param(id)
				.query(String.class)
				.single();
			if (status.equals("DONE")) {
				return;
			}
			assertThat(status).as("image check %s", id).isNotEqualTo("FAILED");
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("image check " + id + " not done within 3 minutes");
	}

	/** A synthetic picture (never a real person's photo) with some texture. */
	static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(90, 120, 160), width, height, new Color(200, 180, 150)));
		g.fillRect(0, 0, width, height);
		Random random = new Random(width * 31L + height);
		for (int i = 0; i < width * height / 40; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 60));
			g.fillRect(random.nextInt(width), random.nextInt(height), 3, 3);
		}
		g.setColor(new Color(230, 190, 160));
		g.fillOval(width * 2 / 5, height / 4, width / 5, height * 2 / 5);
		g.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
