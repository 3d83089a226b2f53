package vn.canhgiac.app.advisories;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.canhgiac.app.directory.AuthenticatedPerson;

/**
 * A clock tests move forward, users as the module sees them, and quick drafts.
 */
final class AdvisoryTestSupport {

	private AdvisoryTestSupport() {
	}

	/** Replaces the application's clock; tests move it and put it back. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

	static final class MutableClock extends Clock {

		private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

		void advance(Duration by) {
			this.offset.updateAndGet((d) -> d.plus(by));
		}

		void reset() {
			this.offset.set(Duration.ZERO);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(instant(), zone);
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(this.offset.get());
		}

	}

	record User(long accountId, String username, String displayName, @Nullable Long personId, @Nullable Long unitId,
			Set<String> roleNames) implements AuthenticatedPerson {

	}

	static User user(JdbcClient jdbc, String username) {
		return jdbc.sql("""
				select a.id, a.username, p.full_name, p.id as person_id, p.unit_id
				from user_account a left join person p on p.id = a.person_id where lower(a.username) = lower(?)""")
			.param(username)
			.query((rs, i) -> new User(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
					rs.getObject("person_id", Long.class), rs.getObject("unit_id", Long.class),
					new TreeSet<>(jdbc.sql("select role from account_role where account_id = ?")
						.param(rs.getLong("id"))
						.query(String.class)
						.list())))
			.single();
	}

	/** A person without an account, for audience tests. */
	static User personOnly(long personId, long unitId) {
		return new User(-personId, "person" + personId, "Person " + personId, personId, unitId, Set.of("STAFF"));
	}

	static AdvisoryDraft draft(String number, Audience audience) {
		return draft(number, audience, List.of(), false, List.of());
	}

	static AdvisoryDraft draft(String number, Audience audience, List<QuizQuestion> questions, boolean isPublic,
			List<String> references) {
		return new AdvisoryDraft(number, LocalDate.now(), "UBND tỉnh Hòa Vinh", "Nguyễn Văn Ký",
				"Cảnh báo thử " + number, "V/v cảnh báo thủ đoạn lừa đảo " + number,
				"Không chuyển tiền cho người **lạ**.\n\n- Giữ chứng cứ\n- Báo công an", ScamCategory.PHISHING,
				Severity.SEVERE, references.isEmpty() ? MessageType.ALERT : MessageType.UPDATE,
				LocalDate.now().plusMonths(1), isPublic, references, audience, questions.isEmpty() ? null : 67,
				questions);
	}

	static List<QuizQuestion> threeQuestions() {
		return List.of(new QuizQuestion("Có nên chuyển tiền?", List.of("Có", "Không"), 1),
				new QuizQuestion("Báo ai?", List.of("Công an", "Kẻ đe doạ"), 0),
				new QuizQuestion("Giữ chứng cứ?", List.of("Xoá đi", "Giữ lại"), 1));
	}

	/** Drafted by policeadmin, submitted, published by leader. */
	static long published(Advisories advisories, JdbcClient jdbc, AdvisoryDraft draft) {
		User author = user(jdbc, "policeadmin");
		long id = advisories.create(draft, author);
		advisories.submitForReview(id, author);
		advisories.publish(id, user(jdbc, "leader"));
		return id;
	}

	static long unitId(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	static List<Long> recipients(JdbcClient jdbc, long advisoryId) {
		return jdbc.sql("select person_id from advisory_recipient where advisory_id = ? order by person_id")
			.param(advisoryId)
			.query(Long.class)
			.list();
	}

}
