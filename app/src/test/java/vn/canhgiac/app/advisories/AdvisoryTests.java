package vn.canhgiac.app.advisories;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.canhgiac.app.accounts.DemoLogins;
import vn.canhgiac.app.advisories.AdvisoryTestSupport.MutableClock;
import vn.canhgiac.app.advisories.AdvisoryTestSupport.User;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canhgiac.app.advisories.AdvisoryTestSupport.draft;
import static vn.canhgiac.app.advisories.AdvisoryTestSupport.published;
import static vn.canhgiac.app.advisories.AdvisoryTestSupport.recipients;
import static vn.canhgiac.app.advisories.AdvisoryTestSupport.unitId;
import static vn.canhgiac.app.advisories.AdvisoryTestSupport.user;

/**
 * The advisories module end to end against the embedded database, a real SMTP server
 * (GreenMail), a local feed server on 127.0.0.1 and a clock the tests move.
 */
@SpringBootTest(properties = { "canhgiac.advisories.job-initial-delay=PT1H",
		"canhgiac.advisories.feeds.initial-delay=PT1H", "canhgiac.advisories.portal-url=http://portal.test",
		"canhgiac.advisories.feeds.max-bytes=65536", "canhgiac.advisories.feeds.read-timeout=PT1S" })
@AutoConfigureMockMvc
@Import(AdvisoryTestSupport.Clocks.class)
class AdvisoryTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

	@Autowired
	Advisories advisories;

	@Autowired
	OfficialFeeds feeds;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	// Audience

	@Test
	void audienceIsResolvedOverTheWholeSubtreeAndKeptForLateJoiners() {
		long province = unitId(this.jdbc, "HV");
		long top = this.directory.createUnit(province, "T-AUD", "Sở Thử nghiệm", UnitKind.AGENCY);
		long child = this.directory.createUnit(top, "T-AUD-1", "Phòng Một", UnitKind.DEPARTMENT);
		long grandchild = this.directory.createUnit(child, "T-AUD-1-A", "Tổ A", UnitKind.DEPARTMENT);
		long sibling = this.directory.createUnit(province, "T-AUD-X", "Sở Bên cạnh", UnitKind.AGENCY);
		long inTop = this.directory.addPerson(top, "Người Ở Sở", null, null, null);
		long inChild = this.directory.addPerson(child, "Người Ở Phòng", null, null, null);
		long inGrandchild = this.directory.addPerson(grandchild, "Người Ở Tổ", null, null, null);
		long inSibling = this.directory.addPerson(sibling, "Người Sở Khác", null, null, null);
		long inactive = this.directory.addPerson(grandchild, "Người Đã Nghỉ", null, null, null);
		this.jdbc.sql("update person set active = false where id = ?").param(inactive).update();

		long id = published(this.advisories, this.jdbc, draft("1/AUD", new Audience(false, List.of(top), List.of())));

		assertThat(recipients(this.jdbc, id)).containsExactlyInAnyOrder(inTop, inChild, inGrandchild)
			.doesNotContain(inSibling, inactive);

		long late = this.directory.addPerson(grandchild, "Người Mới Đến", null, null, null);
		assertThat(recipients(this.jdbc, id)).doesNotContain(late);
		this.advisories.runDueWork();
		assertThat(recipients(this.jdbc, id)).contains(late);
		assertThat(this.jdbc.sql("select late from advisory_recipient where advisory_id = ? and person_id = ?")
			.params(id, late)
			.query(Boolean.class)
			.single()).isTrue();

		long later = this.directory.addPerson(child, "Người Đến Sau Nữa", null, null, null);
		assertThat(this.advisories.owed(AdvisoryTestSupport.personOnly(later, child)))
			.as("a late joiner sees it on their home page at once")
			.extracting(InboxItem::advisoryId)
			.contains(id);
	}

	@Test
	void rolesNarrowTheUnitsOrReachTheRoleEverywhere() {
		User unitAdmin = user(this.jdbc, "unitadmin");
		User leader = user(this.jdbc, "leader");
		long anHoa = unitId(this.jdbc, "UBND-AH");
		long unitAdmins = published(this.advisories, this.jdbc,
				draft("2/AUD", new Audience(false, List.of(anHoa), List.of("UNIT_ADMIN"))));
		assertThat(recipients(this.jdbc, unitAdmins)).containsExactly(unitAdmin.personId());

		long leaders = published(this.advisories, this.jdbc,
				draft("3/AUD", new Audience(false, List.of(), List.of("LEADER"))));
		assertThat(recipients(this.jdbc, leaders)).containsExactly(leader.personId());

		long everyone = published(this.advisories, this.jdbc, draft("4/AUD", Audience.all()));
		long active = this.jdbc.sql("select count(*) from person where active").query(Long.class).single();
		assertThat((long) recipients(this.jdbc, everyone).size()).isEqualTo(active);
	}

	// The two-person rule and who may draft

	@Test
	void publicationNeedsASecondPersonWhoIsPoliceAdminOrLeader() throws Exception {
		User policeAdmin = user(this.jdbc, "policeadmin");
		User unitAdmin = user(this.jdbc, "unitadmin");
		long anHoa = unitId(this.jdbc, "UBND-AH");
		long id = this.advisories.create(draft("5/TWO", new Audience(false, List.of(anHoa), List.of())), policeAdmin);
		assertThatThrownBy(() -> this.advisories.publish(id, user(this.jdbc, "leader")))
			.as("a draft must be submitted first")
			.isInstanceOf(AdvisoryRefused.class);
		this.advisories.submitForReview(id, policeAdmin);

		assertThatThrownBy(() -> this.advisories.publish(id, policeAdmin)).isInstanceOf(AdvisoryRefused.class)
			.hasMessageContaining("second person");
		assertThatThrownBy(() -> this.advisories.publish(id, unitAdmin)).isInstanceOf(AdvisoryRefused.class);
		MockHttpSession author = DemoLogins.login(this.mvc, this.jdbc, "policeadmin");
		this.mvc.perform(post("/advisories/" + id + "/publish").session(author).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.advisories.get(id).status()).isEqualTo(AdvisoryStatus.REVIEW);
		assertThat(recipients(this.jdbc, id)).isEmpty();

		MockHttpSession leader = DemoLogins.login(this.mvc, this.jdbc, "leader");
		this.mvc.perform(post("/advisories/" + id + "/publish").session(leader).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Advisory done = this.advisories.get(id);
		assertThat(done.status()).isEqualTo(AdvisoryStatus.PUBLISHED);
		assertThat(done.publisherAccountId()).isEqualTo(user(this.jdbc, "leader").accountId());
		assertThat(recipients(this.jdbc, id)).isNotEmpty();
		assertThat(auditActions(id)).containsSubsequence("advisory.draft", "advisory.submit", "advisory.publish");

		// The database refuses a publication by the author too.
		assertThatThrownBy(
				() -> this.jdbc.sql("update advisory set publisher_account_id = author_account_id where id = ?")
					.param(id)
					.update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

		this.advisories.withdraw(id, "Thay bằng văn bản mới", user(this.jdbc, "leader"));
		assertThat(auditActions(id)).contains("advisory.withdraw");
	}

	@Test
	void staffCannotDraftAndUnitAdminsAddressOnlyTheirOwnSubtree() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		this.mvc.perform(get("/advisories/new").session(staff)).andExpect(status().isForbidden());
		this.mvc.perform(post("/advisories/new").session(staff).with(csrf()).param("title", "Thử"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/advisories/manage").session(staff)).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from advisory where title = 'Thử'").query(Long.class).single())
			.isZero();

		User unitAdmin = user(this.jdbc, "unitadmin");
		long health = unitId(this.jdbc, "SYT");
		assertThatThrownBy(
				() -> this.advisories.create(draft("6/UA", new Audience(false, List.of(health), List.of())), unitAdmin))
			.isInstanceOf(AdvisoryRefused.class);
		assertThatThrownBy(() -> this.advisories.create(draft("7/UA", Audience.all()), unitAdmin))
			.isInstanceOf(AdvisoryRefused.class);
		long own = this.advisories.create(draft("8/UA", new Audience(false, List.of(unitAdmin.unitId()), List.of())),
				unitAdmin);
		assertThat(this.advisories.get(own).status()).isEqualTo(AdvisoryStatus.DRAFT);

		MockHttpSession admin = DemoLogins.login(this.mvc, this.jdbc, "unitadmin");
		this.mvc
			.perform(post("/advisories/new").session(admin)
				.with(csrf())
				.param("number", "9/UA")
				.param("title", "Cảnh báo của phường")
				.param("units", Long.toString(unitAdmin.unitId()))
				.param("q0", "Có chuyển tiền không?")
				.param("q0o0", "Có")
				.param("q0o1", "Không")
				.param("q0c", "1")
				.param("quizPassPercent", "100"))
			.andExpect(status().is3xxRedirection());
		Advisory drafted = this.advisories.get(this.advisories.idByNumber("9/UA").orElseThrow());
		assertThat(drafted.questions())
			.containsExactly(new QuizQuestion("Có chuyển tiền không?", List.of("Có", "Không"), 1));
		assertThat(drafted.audience().unitIds()).containsExactly(unitAdmin.unitId());
	}

	// Acknowledgement

	@Test
	void acknowledgementIsRecordedOnceUnderConcurrentRequests() throws Exception {
		long office = unitId(this.jdbc, "UBND-AH-VP");
		long id = published(this.advisories, this.jdbc,
				draft("10/ACK", new Audience(false, List.of(office), List.of())));
		User staff = user(this.jdbc, "staff");
		MockHttpSession session = DemoLogins.login(this.mvc, this.jdbc, "staff");
		this.mvc.perform(get("/advisories/" + id).session(session)).andExpect(status().isOk());

		int clicks = 12;
		ExecutorService pool = Executors.newFixedThreadPool(clicks);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < clicks; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return this.mvc.perform(post("/advisories/" + id + "/acknowledge").session(session).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}
		start.countDown();
		for (Future<Integer> result : results) {
			assertThat(result.get()).as("every click is answered normally").isEqualTo(302);
		}
		pool.shutdown();

		assertThat(auditCount(id, "advisory.acknowledge")).isEqualTo(1);
		Receipt receipt = this.advisories.inbox(staff)
			.stream()
			.filter((i) -> i.advisoryId() == id)
			.findFirst()
			.orElseThrow()
			.receipt();
		assertThat(receipt.acknowledgedAt()).isNotNull();
		assertThat(receipt.openedAt()).isBeforeOrEqualTo(receipt.acknowledgedAt());

		// and through the API directly: of many concurrent calls exactly one records it
		User reader = staff;
		long second = published(this.advisories, this.jdbc,
				draft("11/ACK", new Audience(false, List.of(office), List.of())));
		ExecutorService calls = Executors.newFixedThreadPool(8);
		CountDownLatch go = new CountDownLatch(1);
		List<Callable<Boolean>> tasks = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			tasks.add(() -> {
				go.await();
				return this.advisories.acknowledge(second, reader);
			});
		}
		List<Future<Boolean>> firsts = new ArrayList<>();
		for (Callable<Boolean> task : tasks) {
			firsts.add(calls.submit(task));
		}
		go.countDown();
		int recorded = 0;
		for (Future<Boolean> first : firsts) {
			recorded += first.get() ? 1 : 0;
		}
		calls.shutdown();
		assertThat(recorded).isEqualTo(1);
		assertThat(auditCount(second, "advisory.acknowledge")).isEqualTo(1);
	}

	@Test
	void quizNeedsTheAcknowledgementFirstAndCanBeRetried() {
		long office = unitId(this.jdbc, "UBND-AH-VP");
		long id = published(this.advisories, this.jdbc,
				draft("12/QUIZ", new Audience(false, List.of(office), List.of()), AdvisoryTestSupport.threeQuestions(),
						false, List.of()));
		User staff = user(this.jdbc, "staff");
		assertThatThrownBy(() -> this.advisories.answerQuiz(id, staff, List.of(1, 0, 1)))
			.isInstanceOf(AdvisoryRefused.class);
		this.advisories.acknowledge(id, staff);
		assertThat(this.advisories.owed(staff)).extracting(InboxItem::advisoryId)
			.as("still owed until the quiz is passed")
			.contains(id);

		QuizResult failed = this.advisories.answerQuiz(id, staff, List.of(0, 0, 0));
		assertThat(failed.passed()).isFalse();
		assertThat(failed.wrong()).containsExactly(0, 2);
		QuizResult passed = this.advisories.answerQuiz(id, staff, List.of(1, 0, 0));
		assertThat(passed.passed()).as("2 of 3 is 66 %%, under the 67 %% mark").isFalse();
		passed = this.advisories.answerQuiz(id, staff, List.of(1, 0, 1));
		assertThat(passed.passed()).isTrue();
		assertThat(this.advisories.owed(staff)).extracting(InboxItem::advisoryId).doesNotContain(id);
		Receipt receipt = this.advisories.inbox(staff)
			.stream()
			.filter((i) -> i.advisoryId() == id)
			.findFirst()
			.orElseThrow()
			.receipt();
		assertThat(receipt.quizAttempts()).isEqualTo(3);
		assertThat(receipt.quizPassedAt()).isNotNull();
	}

	@Test
	void scannedOriginalGoesThroughTheEvidenceStoreAndEveryReadIsLogged() throws Exception {
		long office = unitId(this.jdbc, "UBND-AH-VP");
		User author = user(this.jdbc, "policeadmin");
		long id = this.advisories.create(draft("13/SCAN", new Audience(false, List.of(office), List.of())), author);
		byte[] pdf = "%PDF-1.4\n% bản scan thử\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
		this.advisories.attach(id, new ByteArrayInputStream(pdf), "183-UBND-NC.pdf", author);
		assertThatThrownBy(() -> this.advisories.attach(id,
				new ByteArrayInputStream("MZ not a scan".getBytes(StandardCharsets.UTF_8)), "x.exe", author))
			.isInstanceOf(AdvisoryRefused.class);
		this.advisories.submitForReview(id, author);
		this.advisories.publish(id, user(this.jdbc, "leader"));
		Advisory advisory = this.advisories.get(id);
		assertThat(advisory.attachmentType()).isEqualTo("application/pdf");

		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		byte[] read = this.mvc.perform(get("/advisories/" + id + "/original").session(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(read).isEqualTo(pdf);
		assertThat(this.jdbc.sql("select count(*) from evidence_access where object_id = ?")
			.param(advisory.attachmentId())
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/advisories/" + id + "/original")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aPersonDownloadsTheirOwnRecord() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		String page = this.mvc.perform(get("/advisories").session(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(AdvisoryDemoData.DIRECTIVE).contains("Cần đọc và xác nhận");
		String csv = this.mvc.perform(get("/advisories/mine.csv").session(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().filter((l) -> l.startsWith(AdvisoryDemoData.POLICE_LETTER)).findFirst().orElseThrow())
			.as("the police letter was acknowledged in the demo")
			.matches(".*,PUBLISHED,.+,.+,\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4},");
		assertThat(csv.lines().filter((l) -> l.startsWith(AdvisoryDemoData.DIRECTIVE)).findFirst().orElseThrow())
			.endsWith(",,");
	}

	// Mail, reminders, escalation

	@Test
	void publicationMailArrivesWithItsVietnameseSubjectAndALink() throws Exception {
		long office = unitId(this.jdbc, "UBND-AH-VP");
		long id = published(this.advisories, this.jdbc,
				draft("45/UBND-VP", new Audience(false, List.of(office), List.of())));
		this.advisories.runDueWork();

		MimeMessage message = awaitMessage("staff@hoavinh.gov.vn.test",
				"[Cảnh Giác] Văn bản cần đọc và xác nhận: 45/UBND-VP – Cảnh báo thử 45/UBND-VP");
		assertThat((String) message.getContent()).contains("http://portal.test/advisories/" + id)
			.contains("Tôi đã đọc và hiểu")
			.contains("Kính gửi Nguyễn Văn An");
		assertThat(this.jdbc.sql("""
				select count(*) from advisory_recipient r join person p on p.id = r.person_id
				where r.advisory_id = ? and p.email is not null and r.delivered_at is null""")
			.param(id)
			.query(Long.class)
			.single()).as("e-mail delivery counts as delivered").isZero();
	}

	@Test
	void remindersThenEscalationFollowTheClock() throws Exception {
		long office = unitId(this.jdbc, "UBND-AH-VP");
		long id = published(this.advisories, this.jdbc,
				draft("46/NHAC", new Audience(false, List.of(office), List.of())));
		User staff = user(this.jdbc, "staff");
		this.advisories.acknowledge(id, staff);
		this.advisories.runDueWork();
		assertThat(reminders(id)).as("nobody is reminded before the time").allMatch((r) -> r == 0);

		this.clock.advance(Duration.ofDays(3).plusMinutes(1));
		this.advisories.runDueWork();
		Map<Long, Integer> after = remindersByPerson(id);
		assertThat(after.get(staff.personId())).as("who acknowledged is not reminded").isZero();
		assertThat(after.entrySet()).filteredOn((e) -> !e.getKey().equals(staff.personId()))
			.isNotEmpty()
			.allMatch((e) -> e.getValue() == 1);
		String pendingEmail = this.jdbc.sql("""
				select p.email from advisory_recipient r join person p on p.id = r.person_id
				where r.advisory_id = ? and r.acknowledged_at is null and p.email is not null limit 1""")
			.param(id)
			.query(String.class)
			.single();
		awaitMessage(pendingEmail, "[Cảnh Giác] Nhắc: bạn chưa xác nhận đã đọc văn bản 46/NHAC");
		assertThat(messagesTo("staff@hoavinh.gov.vn.test", "Nhắc: bạn chưa xác nhận đã đọc văn bản 46/NHAC")).isZero();

		this.advisories.runDueWork();
		assertThat(remindersByPerson(id)).as("one reminder, not one per run").isEqualTo(after);
		assertThat(messagesTo("unitadmin@hoavinh.gov.vn.test", "46/NHAC")).as("no escalation before 7 days").isZero();

		this.clock.advance(Duration.ofDays(4));
		this.advisories.runDueWork();
		long pending = after.size() - 1;
		MimeMessage escalation = awaitMessage("unitadmin@hoavinh.gov.vn.test",
				"[Cảnh Giác] " + pending + " người trong đơn vị chưa xác nhận văn bản 46/NHAC");
		assertThat((String) escalation.getContent()).contains("http://portal.test/advisories/" + id + "/compliance");
		this.advisories.runDueWork();
		assertThat(messagesTo("unitadmin@hoavinh.gov.vn.test", "46/NHAC")).as("escalated once").isEqualTo(1);
	}

	// Compliance and access

	@Test
	void unitAdminSeesOnlyTheirSubtreeAndLeadersSeeAll() throws Exception {
		long id = this.advisories.idByNumber(AdvisoryDemoData.DIRECTIVE).orElseThrow();
		long health = unitId(this.jdbc, "SYT");
		MockHttpSession unitAdmin = DemoLogins.login(this.mvc, this.jdbc, "unitadmin");
		this.mvc.perform(get("/advisories/" + id + "/compliance").session(unitAdmin).param("unit", "" + health))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/advisories/" + id + "/compliance.csv").session(unitAdmin).param("unit", "" + health))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/advisories/compliance").session(unitAdmin).param("unit", "" + health))
			.andExpect(status().isForbidden());
		String own = this.mvc.perform(get("/advisories/" + id + "/compliance").session(unitAdmin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("Văn phòng HĐND và UBND phường An Hòa")
			.doesNotContain("Sở Y tế")
			.as("staff still owes the demo directive")
			.contains("Nguyễn Văn An");

		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		this.mvc.perform(get("/advisories/" + id + "/compliance").session(staff)).andExpect(status().isForbidden());
		this.mvc.perform(get("/advisories/compliance").session(staff)).andExpect(status().isForbidden());

		MockHttpSession leader = DemoLogins.login(this.mvc, this.jdbc, "leader");
		String all = this.mvc.perform(get("/advisories/" + id + "/compliance").session(leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all).contains("Tỉnh Hòa Vinh");
		this.mvc.perform(get("/advisories/" + id + "/compliance").session(leader).param("unit", "" + health))
			.andExpect(status().isOk());
	}

	@Test
	void complianceCountsAndExportsFollowThePeople() throws Exception {
		long office = unitId(this.jdbc, "UBND-AH-VP");
		long anHoa = unitId(this.jdbc, "UBND-AH");
		long id = published(this.advisories, this.jdbc,
				draft("47/DEM", new Audience(false, List.of(office), List.of())));
		User staff = user(this.jdbc, "staff");
		User leader = user(this.jdbc, "leader");
		int people = recipients(this.jdbc, id).size();
		ComplianceReport before = this.advisories.compliance(id, leader, anHoa, 500);
		assertThat(before.totals().total()).isEqualTo(people);
		assertThat(before.totals().acknowledged()).isZero();
		assertThat(before.pending()).extracting(PendingPerson::fullName).contains("Nguyễn Văn An");

		this.advisories.open(id, staff);
		this.advisories.acknowledge(id, staff);
		ComplianceReport after = this.advisories.compliance(id, leader, anHoa, 500);
		assertThat(after.totals().acknowledged()).isEqualTo(1);
		assertThat(after.totals().opened()).isGreaterThanOrEqualTo(1);
		assertThat(after.pendingTotal()).isEqualTo(people - 1);
		assertThat(after.pending()).extracting(PendingPerson::fullName).doesNotContain("Nguyễn Văn An");
		assertThat(after.rows()).extracting(UnitCompliance::unitName)
			.containsExactly("Văn phòng HĐND và UBND phường An Hòa");

		MockHttpSession unitAdmin = DemoLogins.login(this.mvc, this.jdbc, "unitadmin");
		String csv = this.mvc.perform(get("/advisories/" + id + "/compliance.csv").session(unitAdmin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(people + 1);
		assertThat(csv.lines().filter((l) -> l.contains("Nguyễn Văn An")).findFirst().orElseThrow())
			.matches(".*47/DEM,Nguyễn Văn An,Chuyên viên,.*,\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4},,0,0");

		byte[] pdf = this.mvc.perform(get("/advisories/" + id + "/compliance.pdf").session(unitAdmin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/compliance.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("BÁO CÁO TIẾN ĐỘ QUÁN TRIỆT")
				.contains("Văn phòng HĐND và UBND phường An Hòa")
				.contains("Cảnh báo thử 47/DEM");
		}

		int reminded = this.advisories.remind(id, user(this.jdbc, "unitadmin"), office);
		assertThat(reminded).isEqualTo(people - 1);
		assertThat(auditActions(id)).contains("advisory.remind");
	}

	// Publishing out: CAP and Atom

	@Test
	void capOutputIsValidCap12ForAlertUpdateAndCancel() throws Exception {
		long office = unitId(this.jdbc, "UBND-AH-VP");
		long alert = published(this.advisories, this.jdbc,
				draft("50/CAP", new Audience(false, List.of(office), List.of()), List.of(), true, List.of()));
		long update = published(this.advisories, this.jdbc, draft("51/CAP",
				new Audience(false, List.of(office), List.of()), List.of(), false, List.of("50/CAP", "999/KHAC")));

		String publicCap = this.mvc.perform(get("/advisories/" + alert + "/cap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		validateCap(publicCap);
		assertThat(publicCap).contains("<msgType>Alert</msgType>")
			.contains("<scope>Public</scope>")
			.contains("<language>vi-VN</language>");

		this.mvc.perform(get("/advisories/" + update + "/cap.xml")).andExpect(status().isNotFound());
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		String restricted = this.mvc.perform(get("/advisories/" + update + "/cap.xml").session(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		validateCap(restricted);
		assertThat(restricted).contains("<msgType>Update</msgType>")
			.contains("<scope>Restricted</scope>")
			.contains("<restriction>")
			.contains("<references>canhgiac.local,canhgiac-advisory-" + alert + ",");

		this.advisories.withdraw(alert, "Đã có văn bản thay thế", user(this.jdbc, "leader"));
		String cancel = this.mvc.perform(get("/advisories/" + alert + "/cap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		validateCap(cancel);
		assertThat(cancel).contains("<msgType>Cancel</msgType>").contains("<note>Đã có văn bản thay thế</note>");

		long draftOnly = this.advisories.create(draft("52/CAP", Audience.all(), List.of(), true, List.of()),
				user(this.jdbc, "policeadmin"));
		this.mvc.perform(get("/advisories/" + draftOnly + "/cap.xml")).andExpect(status().isNotFound());
	}

	@Test
	void atomFeedIsParseableAndCarriesOnlyPublicAdvisories() throws Exception {
		long office = unitId(this.jdbc, "UBND-AH-VP");
		long shown = published(this.advisories, this.jdbc,
				draft("60/ATOM", new Audience(false, List.of(office), List.of()), List.of(), true, List.of()));
		published(this.advisories, this.jdbc,
				draft("61/ATOM", new Audience(false, List.of(office), List.of()), List.of(), false, List.of()));
		MvcResult result = this.mvc.perform(get("/advisories/feed.atom")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
		SyndFeed feed = new SyndFeedInput()
			.build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		List<String> titles = feed.getEntries().stream().map(SyndEntry::getTitle).toList();
		assertThat(titles).anyMatch((t) -> t.contains("60/ATOM"))
			.anyMatch((t) -> t.contains(AdvisoryDemoData.POLICE_LETTER))
			.noneMatch((t) -> t.contains("61/ATOM"))
			.noneMatch((t) -> t.contains(AdvisoryDemoData.DIRECTIVE));
		SyndEntry entry = feed.getEntries()
			.stream()
			.filter((e) -> e.getTitle().contains("60/ATOM"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.getLink()).endsWith("/public/advisories/" + shown);
		assertThat(entry.getLinks()).anyMatch((l) -> "application/cap+xml".equals(l.getType()));

		String page = this.mvc.perform(get("/public/advisories"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("60/ATOM").doesNotContain("61/ATOM");
		this.mvc.perform(get("/public/advisories/" + shown)).andExpect(status().isOk());
		long hidden = this.advisories.idByNumber("61/ATOM").orElseThrow();
		this.mvc.perform(get("/public/advisories/" + hidden)).andExpect(status().isNotFound());
		this.mvc.perform(get("/advisories/" + hidden)).andExpect(status().is3xxRedirection());
	}

	// Official feeds

	@Test
	void officialFeedsAreFetchedOnlyFromTheirUrlsWithinLimits() throws Exception {
		Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			hits.computeIfAbsent(path, (k) -> new AtomicInteger()).incrementAndGet();
			byte[] body;
			switch (path) {
				case "/rss.xml" -> body = RSS.getBytes(StandardCharsets.UTF_8);
				case "/xxe.xml" -> body = XXE.getBytes(StandardCharsets.UTF_8);
				case "/big.xml" -> body = big().getBytes(StandardCharsets.UTF_8);
				case "/moved.xml" -> {
					exchange.getResponseHeaders().add("Location", "/rss.xml");
					exchange.sendResponseHeaders(302, -1);
					exchange.close();
					return;
				}
				case "/slow.xml" -> {
					exchange.sendResponseHeaders(200, 0);
					try {
						Thread.sleep(2500);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					exchange.close();
					return;
				}
				default -> {
					exchange.sendResponseHeaders(404, -1);
					exchange.close();
					return;
				}
			}
			exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			User admin = user(this.jdbc, "policeadmin");
			assertThatThrownBy(() -> this.feeds.subscribe("file:///etc/passwd", "x", admin))
				.isInstanceOf(AdvisoryRefused.class);
			assertThatThrownBy(() -> this.feeds.subscribe(base + "/rss.xml", "x", user(this.jdbc, "unitadmin")))
				.isInstanceOf(AdvisoryRefused.class);

			long rss = this.feeds.subscribe(base + "/rss.xml", "Bộ Công an (thử)", admin);
			assertThat(this.feeds.fetch(rss)).isEqualTo(2);
			assertThat(this.feeds.fetch(rss)).as("items are kept once").isZero();
			List<FeedItem> items = this.feeds.recentItems(50).stream().filter((i) -> i.feedId() == rss).toList();
			assertThat(items).extracting(FeedItem::title)
				.containsExactlyInAnyOrder("Cảnh báo giả danh công an gọi điện", "Thủ đoạn tống tiền bằng ảnh ghép");
			assertThat(items).allSatisfy((i) -> assertThat(i.summary()).doesNotContain("<").doesNotContain("alert("));
			assertThat(items).extracting(FeedItem::link).allMatch((l) -> l == null || l.startsWith("https://"));

			long xxe = this.feeds.subscribe(base + "/xxe.xml", "XXE", admin);
			long big = this.feeds.subscribe(base + "/big.xml", "Big", admin);
			long moved = this.feeds.subscribe(base + "/moved.xml", "Moved", admin);
			long slow = this.feeds.subscribe(base + "/slow.xml", "Slow", admin);
			int rssHits = hits.get("/rss.xml").get();
			assertThat(this.feeds.fetch(xxe)).isZero();
			assertThat(this.feeds.fetch(big)).isZero();
			assertThat(this.feeds.fetch(moved)).isZero();
			assertThat(this.feeds.fetch(slow)).isZero();
			assertThat(hits.get("/rss.xml").get()).as("redirects are not followed").isEqualTo(rssHits);
			assertThat(this.feeds.subscriptions()).filteredOn((f) -> List.of(xxe, big, moved, slow).contains(f.id()))
				.allSatisfy((f) -> assertThat(f.lastError()).isNotNull());
			assertThat(this.feeds.recentItems(500))
				.noneMatch((i) -> i.summary().contains("root:") || i.title().contains("root:"));
			assertThat(hits.keySet()).as("nothing but the subscribed paths was requested")
				.allMatch((p) -> List.of("/rss.xml", "/xxe.xml", "/big.xml", "/moved.xml", "/slow.xml").contains(p));

			MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
			this.mvc.perform(get("/advisories/feeds").session(staff)).andExpect(status().isForbidden());
			MockHttpSession editor = DemoLogins.login(this.mvc, this.jdbc, "policeadmin");
			String page = this.mvc.perform(get("/advisories/feeds").session(editor))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("Cảnh báo mới từ cơ quan chức năng").contains("Thủ đoạn tống tiền bằng ảnh ghép");
			FeedItem item = items.stream()
				.filter((i) -> i.title().equals("Thủ đoạn tống tiền bằng ảnh ghép"))
				.findFirst()
				.orElseThrow();
			String location = this.mvc
				.perform(post("/advisories/feed-items/" + item.id() + "/draft").session(editor).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long draftId = Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);
			Advisory drafted = this.advisories.get(draftId);
			assertThat(drafted.status()).isEqualTo(AdvisoryStatus.DRAFT);
			assertThat(drafted.title()).isEqualTo("Thủ đoạn tống tiền bằng ảnh ghép");
			assertThat(drafted.issuer()).isEqualTo("Bộ Công an (thử)");
			assertThat(drafted.bodyMarkdown()).contains("https://bocongan.test/tin/2");
		}
		finally {
			server.stop(0);
		}
	}

	static final String RSS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<rss version="2.0"><channel><title>Bộ Công an</title><link>https://bocongan.test</link>
			<description>Tin cảnh báo</description>
			<item><title>Cảnh báo giả danh công an gọi điện</title><link>https://bocongan.test/tin/1</link>
			<guid>tin-1</guid><description>&lt;p&gt;Không cung cấp &lt;b&gt;mã OTP&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description>
			<pubDate>Sat, 28 Nov 2026 08:00:00 +0700</pubDate></item>
			<item><title>Thủ đoạn tống tiền bằng ảnh ghép</title><link>https://bocongan.test/tin/2</link>
			<guid>tin-2</guid><description>Đối tượng ghép ảnh và đòi tiền.</description></item>
			</channel></rss>
			""";

	static final String XXE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
			<rss version="2.0"><channel><title>x</title><link>https://x.test</link><description>x</description>
			<item><title>&xxe;</title><link>https://x.test/1</link><description>&xxe;</description></item>
			</channel></rss>
			""";

	static String big() {
		return RSS.replace("<description>Tin cảnh báo</description>",
				"<description>" + "x".repeat(70_000) + "</description>");
	}

	// helpers

	private void validateCap(String xml) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		Validator validator = factory.newSchema(new StreamSource(getClass().getResourceAsStream("/cap/CAP-v1.2.xsd")))
			.newValidator();
		validator.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
	}

	private List<String> auditActions(long advisoryId) {
		return this.jdbc
			.sql("select action from audit_entry where object_type = 'advisory' and object_id = ? order by seq")
			.param(Long.toString(advisoryId))
			.query(String.class)
			.list();
	}

	private long auditCount(long advisoryId, String action) {
		return auditActions(advisoryId).stream().filter(action::equals).count();
	}

	private List<Integer> reminders(long advisoryId) {
		return this.jdbc.sql("select reminders from advisory_recipient where advisory_id = ?")
			.param(advisoryId)
			.query(Integer.class)
			.list();
	}

	private Map<Long, Integer> remindersByPerson(long advisoryId) {
		Map<Long, Integer> result = new java.util.HashMap<>();
		this.jdbc.sql("select person_id, reminders from advisory_recipient where advisory_id = ?")
			.param(advisoryId)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> result.put(rs.getLong(1), rs.getInt(2)));
		return result;
	}

	private static long messagesTo(String address, String subjectPart) {
		return Arrays.stream(mail.getReceivedMessages())
			.filter((m) -> recipientIs(m, address) && subject(m).contains(subjectPart))
			.count();
	}

	private static MimeMessage awaitMessage(String address, String subject) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (recipientIs(message, address) && subject.equals(subject(message))) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no message to " + address + " with subject " + subject + "; got "
				+ Arrays.stream(mail.getReceivedMessages()).map(AdvisoryTests::subject).distinct().toList());
	}

	private static String subject(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (Exception ex) {
			return "";
		}
	}

	private static boolean recipientIs(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch((r) -> r.toString().equalsIgnoreCase(address));
		}
		catch (Exception ex) {
			return false;
		}
	}

}
