package vn.canhgiac.app.statistics;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.canhgiac.app.accounts.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leadership view against its own database: every figure equals a count made directly
 * from the rows, small counts by area are hidden everywhere they appear, only leaders and
 * police administrators get in, and the monthly report reads back as the expected
 * Vietnamese, is made once per month however many nodes try, and reaches the leaders
 * through a real SMTP server.
 */
@SpringBootTest(properties = "canhgiac.test.context=statistics")
@AutoConfigureMockMvc
class StatisticsTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Statistics statistics;

	@Autowired
	StatisticsSeeder seeder;

	@Autowired
	MonthlyReports monthly;

	@BeforeEach
	void history() {
		if (!this.jdbc.sql("select exists (select 1 from report where tracking_code like 'SEED-%')")
			.query(Boolean.class)
			.single()) {
			this.seeder.seedReports(600, 0, true);
			this.seeder.seedStaff(300);
		}
	}

	@Test
	void everyFigureEqualsACountMadeDirectlyFromTheRows() {
		Period period = Period.lastMonths(this.statistics.today(), 12);
		Situation s = this.statistics.situation(period, VI);

		record Row(Instant at, String category, String channel, Long commune, long demanded, long paid) {
		}
		List<Row> rows = this.jdbc
			.sql("""
					select created_at, category, channel, commune_id, coalesce(money_demanded, 0) d, coalesce(money_paid, 0) p
					from report where created_at >= ? and created_at < ?""")
			.params(Timestamp.from(period.from()), Timestamp.from(period.to()))
			.query((rs, i) -> new Row(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					(Long) rs.getObject(4), rs.getLong(5), rs.getLong(6)))
			.list();
		assertThat(rows).hasSizeGreaterThan(500);
		assertThat(s.totals().reports()).isEqualTo(rows.size());
		assertThat(s.totals().demanded()).isEqualTo(rows.stream().mapToLong(Row::demanded).sum());
		assertThat(s.totals().paid()).isEqualTo(rows.stream().mapToLong(Row::paid).sum());
		assertThat(s.totals().paidReports()).isEqualTo(rows.stream().filter((r) -> r.paid() > 0).count());
		assertThat(s.totals().prevented())
			.isEqualTo(rows.stream().filter((r) -> r.paid() == 0).mapToLong(Row::demanded).sum());

		Map<LocalDate, Long> byMonth = new HashMap<>();
		for (Row row : rows) {
			byMonth.merge(YearMonth.from(row.at().atZone(Period.ZONE)).atDay(1), 1L, Long::sum);
		}
		for (Situation.Point point : s.series()) {
			assertThat(point.reports()).as(point.label()).isEqualTo(byMonth.getOrDefault(point.start(), 0L));
			assertThat(point.byCategory().values().stream().mapToLong(Long::longValue).sum())
				.isEqualTo(point.reports());
		}
		for (Situation.Share share : s.categories()) {
			assertThat(share.reports())
				.isEqualTo(rows.stream().filter((r) -> r.category().equals(share.key())).count());
		}
		for (Situation.Share share : s.channels()) {
			assertThat(share.reports()).isEqualTo(rows.stream().filter((r) -> r.channel().equals(share.key())).count());
		}
		Map<String, Long> byCommuneName = new HashMap<>();
		this.jdbc.sql("""
				select u.name, count(*) from report r join org_unit u on u.id = r.commune_id
				where r.created_at >= ? and r.created_at < ? group by u.name""")
			.params(Timestamp.from(period.from()), Timestamp.from(period.to()))
			.query((rs) -> {
				byCommuneName.put(rs.getString(1), rs.getLong(2));
			});
		assertThat(s.communes().stream().filter((c) -> !c.reports().suppressed())).isNotEmpty()
			.allSatisfy((c) -> assertThat(c.reports().value()).as(c.name())
				.isEqualTo(byCommuneName.getOrDefault(c.name(), 0L)));

		assertThat(s.totals().cases()).isEqualTo(this.jdbc
			.sql("select count(*) from police_case where merged_into is null and created_at >= ? and created_at < ?")
			.params(Timestamp.from(period.from()), Timestamp.from(period.to()))
			.query(Long.class)
			.single());
		assertThat(s.openByAge().total()).isEqualTo(this.jdbc.sql(
				"select count(*) from police_case where merged_into is null and status in ('NEW', 'TRIAGED', 'INVESTIGATING')")
			.query(Long.class)
			.single());
		List<Double> hours = this.jdbc.sql("""
				select extract(epoch from first_action_at - created_at) / 3600 from police_case
				where merged_into is null and first_action_at is not null and created_at >= ? and created_at < ?
				order by 1""")
			.params(Timestamp.from(period.from()), Timestamp.from(period.to()))
			.query(Double.class)
			.list();
		assertThat(s.response().medianHoursToAction()).isCloseTo(median(hours),
				org.assertj.core.data.Offset.offset(0.001));
	}

	@Test
	void smallCountsInSmallAreasAreHiddenOnThePageInTheCsvAndInTheApi() throws Exception {
		List<Long> communes = this.jdbc.sql("select commune_id from station_commune order by commune_id limit 3")
			.query(Long.class)
			.list();
		insertReports(communes.get(0), 1, "2020-01-15T03:00:00Z");
		insertReports(communes.get(1), 4, "2020-01-16T03:00:00Z");
		insertReports(communes.get(2), 9, "2020-01-17T03:00:00Z");
		String one = unitName(communes.get(0));
		String four = unitName(communes.get(1));
		String nine = unitName(communes.get(2));

		Situation s = this.statistics.situation(Period.parse("2020-01", "2020-01", null, this.statistics.today()), VI);
		assertThat(s.totals().reports()).isEqualTo(14);
		Map<String, Situation.AreaRow> byName = new HashMap<>();
		s.communes().forEach((row) -> byName.put(row.name(), row));
		assertThat(byName.get(one).reports().suppressed()).isTrue();
		assertThat(byName.get(four).reports().suppressed()).as("the next smallest, else 14 - 9 - 4 gives it away")
			.isTrue();
		assertThat(byName.get(nine).reports()).isEqualTo(Figure.of(9));
		assertThat(byName.get(one).demanded().suppressed()).isTrue();

		MockHttpSession leader = DemoLogins.login(this.mvc, this.jdbc, "leader");
		String csv = this.mvc
			.perform(get("/stats/situation.csv").param("table", "communes")
				.param("from", "2020-01")
				.param("to", "2020-01")
				.session(leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(one + ",<3,<3").contains(four + ",<3,<3").contains(nine + ",9,");
		String json = this.mvc
			.perform(get("/api/stats/situation").param("from", "2020-01").param("to", "2020-01").session(leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(json).contains("{\"name\":\"" + one + "\",\"reports\":{\"value\":0,\"suppressed\":true}")
			.doesNotContain("\"value\":4,");
		String page = this.mvc.perform(get("/stats").param("from", "2020-01").param("to", "2020-01").session(leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("&lt;3");
	}

	@Test
	void onlyLeadersAndPoliceAdministratorsSeeTheFigures() throws Exception {
		for (String user : List.of("staff", "police", "unitadmin")) {
			MockHttpSession session = DemoLogins.login(this.mvc, this.jdbc, user);
			for (String path : List.of("/stats", "/stats/awareness", "/stats/campaigns", "/stats/monthly",
					"/api/stats/situation", "/stats/situation.csv?table=trend")) {
				this.mvc.perform(get(path).session(session)).andExpect(status().isForbidden());
			}
			this.mvc.perform(post("/stats/monthly").param("month", "2026-10").session(session).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/stats")).andExpect(status().is3xxRedirection());
		for (String user : List.of("leader", "policeadmin")) {
			MockHttpSession session = DemoLogins.login(this.mvc, this.jdbc, user);
			this.mvc.perform(get("/stats").session(session)).andExpect(status().isOk());
			this.mvc.perform(get("/stats/awareness").session(session)).andExpect(status().isOk());
		}
	}

	@Test
	void wrongParametersGetAClearAnswerNotAnError() throws Exception {
		MockHttpSession leader = DemoLogins.login(this.mvc, this.jdbc, "leader");
		assertThat(this.mvc.perform(get("/stats").param("from", "abc").session(leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Khoảng thời gian không hợp lệ");
		this.mvc.perform(get("/api/stats/situation").param("from", "2026-13").session(leader))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/stats/situation.csv").param("table", "nothing").session(leader))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/stats/awareness").param("unit", "999999999").session(leader))
			.andExpect(status().isNotFound());
		long before = this.jdbc.sql("select count(*) from monthly_report").query(Long.class).single();
		this.mvc.perform(post("/stats/monthly").param("month", "2099-01").session(leader).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from monthly_report").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aUnitNameCannotBreakOutOfTheChartData() throws Exception {
		long root = this.jdbc.sql("select id from org_unit where parent_id is null").query(Long.class).single();
		long unit = this.jdbc
			.sql("""
					insert into org_unit (parent_id, code, name, kind) values (?, ?, '</script><img src=x onerror=alert(1)>', 'AGENCY')
					returning id""")
			.params(root, "XSS-" + UUID.randomUUID())
			.query(Long.class)
			.single();
		long person = this.jdbc.sql("insert into person (unit_id, full_name) values (?, 'Người thử') returning id")
			.param(unit)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into user_account (username, person_id, password_hash) values (?, ?, '!')")
			.params("xss-" + person, person)
			.update();
		String page = this.mvc.perform(get("/stats/awareness").session(DemoLogins.login(this.mvc, this.jdbc, "leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("</script><img").contains("\\u003c/script>\\u003cimg");
	}

	@Test
	void theMonthlyReportReadsBackInVietnameseWithTheCountedFigures() throws Exception {
		YearMonth month = YearMonth.from(this.statistics.today()).minusMonths(1);
		MockHttpSession leader = DemoLogins.login(this.mvc, this.jdbc, "leader");
		this.mvc.perform(post("/stats/monthly").param("month", month.toString()).session(leader).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("select max(id) from monthly_report where not scheduled").query(Long.class).single();
		byte[] pdf = this.mvc.perform(get("/stats/monthly/" + id + ".pdf").session(leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = text(pdf);
		Period period = Period.month(month);
		long reports = this.jdbc.sql("select count(*) from report where created_at >= ? and created_at < ?")
			.params(Timestamp.from(period.from()), Timestamp.from(period.to()))
			.query(Long.class)
			.single();
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
			.contains("Độc lập - Tự do - Hạnh phúc")
			.contains("BÁO CÁO")
			.contains("Tình hình lừa đảo, tống tiền bằng hình ảnh cắt ghép")
			.contains("tháng " + month.getMonthValue() + " năm " + month.getYear())
			.contains("tiếp nhận " + reports + " phản ánh")
			.contains("Tống tiền bằng ảnh ghép")
			.contains("CÔNG TÁC THÔNG BÁO, QUÁN TRIỆT")
			.contains("Nơi nhận:");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'statistics.monthly.download'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theScheduledReportIsMadeOnceHoweverManyNodesTryAndReachesTheLeaders() throws Exception {
		YearMonth month = YearMonth.of(2025, 3);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<Future<java.util.Optional<Long>>> runs = new ArrayList<>();
		try {
			Callable<java.util.Optional<Long>> run = () -> this.monthly.runScheduled(month);
			for (int i = 0; i < 3; i++) {
				runs.add(pool.submit(run));
			}
			long made = 0;
			for (Future<java.util.Optional<Long>> f : runs) {
				made += f.get().isPresent() ? 1 : 0;
			}
			assertThat(made).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.monthly.runScheduled(month)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from monthly_report where month = '2025-03-01' and scheduled")
			.query(Long.class)
			.single()).isOne();
		assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage message = java.util.Arrays.stream(mail.getReceivedMessages())
			.filter((m) -> subject(m).contains("03/2025"))
			.findFirst()
			.orElseThrow();
		assertThat(message.getAllRecipients()[0].toString()).startsWith("leader@");
		MimeMultipart parts = (MimeMultipart) message.getContent();
		byte[] attachment = parts.getBodyPart(1).getInputStream().readAllBytes();
		assertThat(text(attachment)).contains("tháng 3 năm 2025");
		assertThat(this.jdbc.sql("select mailed_to from monthly_report where month = '2025-03-01' and scheduled")
			.query(Integer.class)
			.single()).isOne();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private void insertReports(long commune, int count, String at) {
		for (int i = 0; i < count; i++) {
			this.jdbc.sql("""
					insert into report (id, tracking_code, category, channel, commune_id, money_demanded, status,
					                    consent_text, consent_basis, consent_at, created_at, updated_at)
					values (?, ?, 'EXTORTION_IMAGES', 'LETTER', ?, 50000000, 'RECEIVED', 't', 't', ?, ?, ?)""")
				.params(UUID.randomUUID(), "T-" + UUID.randomUUID(), commune, Timestamp.from(Instant.parse(at)),
						Timestamp.from(Instant.parse(at)), Timestamp.from(Instant.parse(at)))
				.update();
		}
	}

	private String unitName(long id) {
		return this.jdbc.sql("select name from org_unit where id = ?").param(id).query(String.class).single();
	}

	private static double median(List<Double> sorted) {
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
