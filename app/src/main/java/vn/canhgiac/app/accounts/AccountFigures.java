package vn.canhgiac.app.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account hygiene for the leadership view, per unit: how many active accounts, how many
 * use a second factor, and how many passwords are older than their role's rotation
 * reminder (the strictest of the account's roles).
 */
@Component
public class AccountFigures {

	private final JdbcClient jdbc;

	private final AccountSecurityProperties properties;

	AccountFigures(JdbcClient jdbc, AccountSecurityProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * One unit.
	 *
	 * @param unitId the unit of the account's person
	 * @param accounts enabled accounts
	 * @param secondFactor of those, with TOTP on
	 * @param stalePasswords of those, with a password older than the rotation reminder
	 */
	public record Unit(long unitId, long accounts, long secondFactor, long stalePasswords) {

	}

	@Transactional(readOnly = true)
	public List<Unit> byUnit(Instant now) {
		StringBuilder days = new StringBuilder("case r.role");
		for (Role role : Role.values()) {
			days.append(" when '")
				.append(role.name())
				.append("' then ")
				.append(this.properties.rotationFor(java.util.Set.of(role)).remindAfterDays());
		}
		days.append(" else ").append(AccountSecurityProperties.Rotation.DEFAULT.remindAfterDays()).append(" end");
		return this.jdbc
			.sql("""
					select p.unit_id, count(*) accounts, count(a.totp_enabled_at) second_factor,
					       count(*) filter (where a.password_changed_at < ?::timestamptz - make_interval(days => x.days)) stale
					from user_account a join person p on p.id = a.person_id
					join lateral (select coalesce(min(%s), %d) days from account_role r where r.account_id = a.id) x on true
					where a.enabled and p.active
					group by p.unit_id"""
				.formatted(days, AccountSecurityProperties.Rotation.DEFAULT.remindAfterDays()))
			.param(Timestamp.from(now))
			.query((rs, i) -> new Unit(rs.getLong("unit_id"), rs.getLong("accounts"), rs.getLong("second_factor"),
					rs.getLong("stale")))
			.list();
	}

}
