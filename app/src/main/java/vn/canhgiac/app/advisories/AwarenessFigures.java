package vn.canhgiac.app.advisories;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awareness for the leadership view: of the advisories in force (published, not
 * withdrawn, not expired), how many of the people they reached acknowledged them and
 * passed their quiz, per unit the person was in when added.
 */
@Component
public class AwarenessFigures {

	private final JdbcClient jdbc;

	AwarenessFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One unit's figures, counting people once per advisory.
	 *
	 * @param unitId the unit
	 * @param recipients people × advisories in force
	 * @param acknowledged of those, acknowledged
	 * @param quizRecipients people × advisories in force that have a quiz
	 * @param quizPassed of those, passed
	 */
	public record Unit(long unitId, long recipients, long acknowledged, long quizRecipients, long quizPassed) {

	}

	@Transactional(readOnly = true)
	public List<Unit> byUnit(LocalDate today) {
		return this.jdbc.sql("""
				select r.unit_id, count(*) recipients, count(r.acknowledged_at) acknowledged,
				       count(*) filter (where a.quiz_pass_percent is not null) quiz_recipients,
				       count(r.quiz_passed_at) filter (where a.quiz_pass_percent is not null) quiz_passed
				from advisory a join advisory_recipient r on r.advisory_id = a.id
				where a.status = 'PUBLISHED' and (a.expires_on is null or a.expires_on >= ?)
				group by r.unit_id""")
			.param(Date.valueOf(today))
			.query((rs, i) -> new Unit(rs.getLong("unit_id"), rs.getLong("recipients"), rs.getLong("acknowledged"),
					rs.getLong("quiz_recipients"), rs.getLong("quiz_passed")))
			.list();
	}

	/** How many advisories are in force. */
	@Transactional(readOnly = true)
	public long inForce(LocalDate today) {
		return this.jdbc
			.sql("select count(*) from advisory where status = 'PUBLISHED' and (expires_on is null or expires_on >= ?)")
			.param(Date.valueOf(today))
			.query(Long.class)
			.single();
	}

}
