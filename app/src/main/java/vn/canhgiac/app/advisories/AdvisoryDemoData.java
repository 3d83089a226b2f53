package vn.canhgiac.app.advisories;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canhgiac.app.accounts.Account;
import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.platform.CanhGiacProperties;

/**
 * Demo mode only: the provincial police letter (127/CAT-ANM) and the province's directive
 * passing it on (183/UBND-NC) as two linked advisories to all staff, the directive with a
 * three-question quiz, and a realistic spread of deliveries, openings, acknowledgements
 * and passes so that the compliance dashboard shows something real. The texts are our own
 * summaries. Runs after the directory's demo data; never in production, never twice.
 */
@Component
@Order(10)
class AdvisoryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryDemoData.class);

	static final String POLICE_LETTER = "127/CAT-ANM";

	static final String DIRECTIVE = "183/UBND-NC";

	private final CanhGiacProperties properties;

	private final AccountManagement accounts;

	private final AdvisoryRepository repository;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AdvisoryDemoData(CanhGiacProperties properties, AccountManagement accounts, AdvisoryRepository repository,
			JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.properties = properties;
		this.accounts = accounts;
		this.repository = repository;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.isDemo() || this.repository.count() > 0) {
			return;
		}
		Account author = this.accounts.account("policeadmin").orElse(null);
		Account leader = this.accounts.account("leader").orElse(null);
		if (author == null || leader == null) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> seed(author, leader));
		log.info("Demo advisories loaded: {} and {}", POLICE_LETTER, DIRECTIVE);
	}

	private void seed(Account author, Account leader) {
		Instant now = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		LocalDate today = LocalDate.ofInstant(now, Advisories.ZONE);
		AdvisoryDraft letter = new AdvisoryDraft(POLICE_LETTER, today.minusDays(10),
				"Công an tỉnh Hòa Vinh — Phòng An ninh mạng và phòng chống tội phạm công nghệ cao",
				"Thượng tá Đỗ Minh Khang, Trưởng phòng", "Cảnh báo thủ đoạn tống tiền bằng hình ảnh cắt ghép",
				"V/v cảnh báo thủ đoạn cắt ghép hình ảnh nhạy cảm để đe doạ, tống tiền cán bộ, công chức", """
						Thời gian gần đây, các đối tượng lừa đảo liên tục nhắm vào **cán bộ, công chức, viên chức** \
						trên địa bàn tỉnh bằng thủ đoạn sau:

						- Lấy ảnh chân dung từ mạng xã hội và trang thông tin điện tử của cơ quan.
						- Dùng phần mềm ghép khuôn mặt vào ảnh, video nhạy cảm.
						- Gửi thư, tin nhắn SMS, Zalo, Telegram hoặc thư điện tử tới nơi làm việc hoặc nhà riêng, \
						đe doạ phát tán cho gia đình, cơ quan.
						- Yêu cầu chuyển tiền (tài khoản ngân hàng, USDT) trong 48–72 giờ, thường kèm mã QR.

						Khi nhận được những nội dung như vậy:

						1. Giữ bình tĩnh; **không liên hệ, không trả lời, không chuyển tiền**.
						2. Không quét mã QR, không bấm đường link trong thư.
						3. Giữ nguyên thư, phong bì, ảnh chụp màn hình làm chứng cứ.
						4. Báo ngay cho Công an xã, phường nơi gần nhất hoặc gọi 113.

						Có thể dùng chức năng *Kiểm tra ảnh* của Cảnh Giác để xem ảnh có dấu hiệu cắt ghép.""",
				ScamCategory.SPLICED_IMAGE_EXTORTION, Severity.SEVERE, MessageType.ALERT, today.plusMonths(6), true,
				List.of(), Audience.all(), null, List.of());
		AdvisoryDraft directive = new AdvisoryDraft(DIRECTIVE, today.minusDays(7), "Ủy ban nhân dân tỉnh Hòa Vinh",
				"Hoàng Thị Mai, Phó Chủ tịch UBND tỉnh", "Quán triệt cảnh báo thủ đoạn tống tiền bằng ảnh cắt ghép",
				"V/v triển khai Công văn số 127/CAT-ANM của Công an tỉnh về thủ đoạn tống tiền bằng ảnh cắt ghép", """
						Thực hiện Công văn số 127/CAT-ANM của Công an tỉnh, Ủy ban nhân dân tỉnh đề nghị:

						1. Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường **thông báo, quán triệt** \
						nội dung cảnh báo tới toàn thể cán bộ, công chức, viên chức và người lao động.
						2. Mỗi người đọc văn bản trên hệ thống Cảnh Giác, bấm “Tôi đã đọc và hiểu” và trả lời \
						3 câu hỏi kiểm tra.
						3. Khi bị đe doạ: không chuyển tiền, giữ chứng cứ và báo ngay cơ quan công an; theo dõi \
						cảnh báo chính thức của cơ quan chức năng trên các phương tiện thông tin đại chúng.
						4. Quản trị viên đơn vị theo dõi tiến độ quán triệt và nhắc những người chưa hoàn thành.""",
				ScamCategory.SPLICED_IMAGE_EXTORTION, Severity.SEVERE, MessageType.ALERT, today.plusMonths(6), false,
				List.of(POLICE_LETTER), Audience.all(), 67,
				List.of(new QuizQuestion(
						"Nhận được thư kèm ảnh nhạy cảm bị cắt ghép và yêu cầu chuyển tiền trong 48 giờ, việc đầu tiên nên làm là gì?",
						List.of("Chuyển tiền cho xong chuyện", "Nhắn tin thương lượng giảm số tiền",
								"Giữ bình tĩnh, không chuyển tiền, giữ chứng cứ và báo công an",
								"Xoá hết tin nhắn cho đỡ lo"),
						2),
						new QuizQuestion("Kẻ gian thường lấy ảnh của cán bộ từ đâu để cắt ghép?",
								List.of("Từ mạng xã hội và trang thông tin công khai của cơ quan",
										"Chỉ từ hồ sơ lưu trữ mật", "Từ camera giao thông"),
								0),
						new QuizQuestion("Có nên quét mã QR trong thư đe doạ để “kiểm tra” hoặc chuyển tiền?",
								List.of("Có, để biết ai gửi", "Chỉ quét nếu số tiền nhỏ",
										"Không; giữ nguyên thư làm chứng cứ và báo công an"),
								2)));
		long letterId = publish(letter, author, leader, now.minus(Duration.ofDays(9)));
		long directiveId = publish(directive, author, leader, now.minus(Duration.ofDays(6)));
		spread(letterId, now.minus(Duration.ofDays(9)), new Random(127), 0.93, 0.86, 0.78, 0.0);
		spread(directiveId, now.minus(Duration.ofDays(6)), new Random(183), 0.82, 0.68, 0.55, 0.85);
		// The demo accounts: unitadmin has done both; staff has acknowledged the police
		// letter
		// but still owes the directive, so the banner shows on staff's home page.
		person("unitadmin", letterId, now.minus(Duration.ofDays(8)), true, false);
		person("unitadmin", directiveId, now.minus(Duration.ofDays(5)), true, true);
		person("staff", letterId, now.minus(Duration.ofDays(7)), true, false);
		person("staff", directiveId, null, false, false);
	}

	private long publish(AdvisoryDraft draft, Account author, Account leader, Instant at) {
		long id = this.repository.insert(draft, author.id(), "Phạm Quốc Hưng", at.minus(Duration.ofDays(1)));
		this.jdbc.sql("""
				update advisory set status = 'PUBLISHED', publisher_account_id = ?, published_at = ?, updated_at = ?
				where id = ?""").params(leader.id(), AdvisoryRepository.ts(at), AdvisoryRepository.ts(at), id).update();
		this.repository.resolveAudience(id, at, false, null);
		// nobody is reminded about the demo's past: reminders start from now
		this.jdbc.sql("update advisory_recipient set reminded_at = ?, escalated_at = ? where advisory_id = ?")
			.params(AdvisoryRepository.ts(at), AdvisoryRepository.ts(at), id)
			.update();
		return id;
	}

	private void spread(long advisoryId, Instant published, Random random, double delivered, double opened,
			double acknowledged, double passedOfAcknowledged) {
		List<Long> people = this.jdbc
			.sql("select person_id from advisory_recipient where advisory_id = ? order by person_id")
			.param(advisoryId)
			.query(Long.class)
			.list();
		for (long person : people) {
			double roll = random.nextDouble();
			if (roll >= delivered) {
				continue;
			}
			Instant d = published.plus(Duration.ofMinutes(5 + random.nextInt(60 * 36)));
			Instant o = (roll < opened) ? d.plus(Duration.ofMinutes(1 + random.nextInt(60 * 24))) : null;
			Instant a = (roll < acknowledged && o != null) ? o.plus(Duration.ofMinutes(2 + random.nextInt(20))) : null;
			Instant p = (a != null && random.nextDouble() < passedOfAcknowledged)
					? a.plus(Duration.ofMinutes(1 + random.nextInt(10))) : null;
			this.jdbc.sql("""
					update advisory_recipient set delivered_at = ?, opened_at = ?, acknowledged_at = ?,
					    quiz_passed_at = ?, quiz_attempts = ?, quiz_best = ?
					where advisory_id = ? and person_id = ?""")
				.params(AdvisoryRepository.ts(d), (o != null) ? AdvisoryRepository.ts(o) : null,
						(a != null) ? AdvisoryRepository.ts(a) : null, (p != null) ? AdvisoryRepository.ts(p) : null,
						(p != null) ? 1 + random.nextInt(2) : 0, (p != null) ? 100 : null, advisoryId, person)
				.update();
		}
	}

	private void person(String username, long advisoryId, java.time.@org.jspecify.annotations.Nullable Instant at,
			boolean acknowledged, boolean passed) {
		Long personId = this.accounts.account(username).map(Account::personId).orElse(null);
		if (personId == null) {
			return;
		}
		java.sql.Timestamp time = (at != null) ? AdvisoryRepository.ts(at) : null;
		this.jdbc.sql("""
				update advisory_recipient set delivered_at = ?, opened_at = ?, acknowledged_at = ?, quiz_passed_at = ?,
				    quiz_attempts = ?, quiz_best = ?
				where advisory_id = ? and person_id = ?""")
			.params(time, time, acknowledged ? time : null, passed ? time : null, passed ? 1 : 0, passed ? 100 : null,
					advisoryId, personId)
			.update();
	}

}
