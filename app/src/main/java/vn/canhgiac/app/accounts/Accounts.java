package vn.canhgiac.app.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> byUsername(String username) {
		return this.jdbc.sql("""
				select a.id, a.username, a.person_id, a.password_hash, a.enabled,
				       coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
				from user_account a left join account_role r on r.account_id = a.id
				where lower(a.username) = lower(?)
				group by a.id""").param(username).query((rs, i) -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			for (String role : (String[]) rs.getArray("roles").getArray()) {
				roles.add(Role.valueOf(role));
			}
			return new Account(rs.getLong("id"), rs.getString("username"), rs.getObject("person_id", Long.class),
					rs.getString("password_hash"), rs.getBoolean("enabled"), roles);
		}).optional();
	}

	Optional<Long> idOfPerson(long personId) {
		return this.jdbc.sql("select id from user_account where person_id = ? and enabled")
			.param(personId)
			.query(Long.class)
			.optional();
	}

	long insert(String username, @Nullable Long personId, String passwordHash, Set<Role> roles) {
		long id = this.jdbc
			.sql("insert into user_account (username, person_id, password_hash) values (?, ?, ?) returning id")
			.params(username, personId, passwordHash)
			.query(Long.class)
			.single();
		for (Role role : roles) {
			this.jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(id, role.name()).update();
		}
		return id;
	}

	void updatePasswordHash(long id, String passwordHash) {
		this.jdbc.sql("update user_account set password_hash = ? where id = ?").params(passwordHash, id).update();
	}

	void recordLogin(String username) {
		this.jdbc.sql("update user_account set last_login_at = now() where lower(username) = lower(?)")
			.param(username)
			.update();
	}

	long count() {
		return this.jdbc.sql("select count(*) from user_account").query(Long.class).single();
	}

	List<String> usernames() {
		return this.jdbc.sql("select username from user_account order by username").query(String.class).list();
	}

	Optional<SessionState> sessionState(long id) {
		return this.jdbc.sql("select enabled, session_epoch from user_account where id = ?")
			.param(id)
			.query((rs, i) -> new SessionState(rs.getBoolean("enabled"), rs.getInt("session_epoch")))
			.optional();
	}

	void endAllSessions(long id) {
		this.jdbc.sql("update user_account set session_epoch = session_epoch + 1 where id = ?").param(id).update();
	}

	void setEnabled(long id, boolean enabled) {
		this.jdbc.sql("update user_account set enabled = ?, session_epoch = session_epoch + 1 where id = ?")
			.params(enabled, id)
			.update();
	}

	Optional<PasswordAge> passwordAge(long id) {
		return this.jdbc.sql("select password_changed_at, must_change_password from user_account where id = ?")
			.param(id)
			.query((rs, i) -> new PasswordAge(rs.getTimestamp("password_changed_at").toInstant(),
					rs.getBoolean("must_change_password")))
			.optional();
	}

	/** The current hash followed by the previous ones, newest first. */
	List<String> recentPasswordHashes(long id, int count) {
		return this.jdbc.sql("""
				select password_hash from (
				    select password_hash, now() as changed_at from user_account where id = :id
				    union all
				    select password_hash, changed_at from password_history where account_id = :id
				) h order by changed_at desc limit :count""")
			.param("id", id)
			.param("count", count)
			.query(String.class)
			.list();
	}

	void changePassword(long id, String newHash, int historySize) {
		this.jdbc.sql("""
				insert into password_history (account_id, password_hash, changed_at)
				select id, password_hash, password_changed_at from user_account where id = ?""").param(id).update();
		this.jdbc
			.sql("""
					delete from password_history where account_id = :id and id not in (
					    select id from password_history where account_id = :id order by changed_at desc, id desc limit :keep)""")
			.param("id", id)
			.param("keep", historySize)
			.update();
		this.jdbc.sql("""
				update user_account set password_hash = ?, password_changed_at = now(), must_change_password = false
				where id = ?""").params(newHash, id).update();
	}

	void requirePasswordChange(long id) {
		this.jdbc.sql("update user_account set must_change_password = true where id = ?").param(id).update();
	}

	void recordLogin(long id, @Nullable String remoteAddress, boolean secondFactor) {
		this.jdbc.sql("update user_account set last_login_at = now() where id = ?").param(id).update();
		this.jdbc.sql("insert into login_event (account_id, remote_address, second_factor) values (?, ?, ?)")
			.params(id, remoteAddress, secondFactor)
			.update();
	}

	List<LoginRecord> recentLogins(long id, int count) {
		return this.jdbc.sql(
				"select at, remote_address, second_factor from login_event where account_id = ? order by at desc limit ?")
			.params(id, count)
			.query((rs, i) -> new LoginRecord(rs.getTimestamp("at").toInstant(), rs.getString("remote_address"),
					rs.getBoolean("second_factor")))
			.list();
	}

	void recordSecurityEvent(long accountId, @Nullable Long actorId, String kind) {
		this.jdbc.sql("insert into account_security_event (account_id, actor_id, kind) values (?, ?, ?)")
			.params(accountId, actorId, kind)
			.update();
	}

	List<AccountCoverage> coverage(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, username, person_id, totp_enabled_at is not null as totp, password_changed_at, last_login_at
				from user_account where person_id in (:ids) order by username""")
			.param("ids", personIds)
			.query((rs, i) -> new AccountCoverage(rs.getLong("id"), rs.getString("username"), rs.getLong("person_id"),
					"", rs.getBoolean("totp"), rs.getTimestamp("password_changed_at").toInstant(),
					Optional.ofNullable(rs.getTimestamp("last_login_at"))
						.map(java.sql.Timestamp::toInstant)
						.orElse(null)))
			.list();
	}

	Optional<Account> byId(long id) {
		return this.jdbc.sql("select username from user_account where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.flatMap(this::byUsername);
	}

	record SessionState(boolean enabled, int epoch) {
	}

	record PasswordAge(java.time.Instant changedAt, boolean mustChange) {
	}

	List<Colleague> withRoleInUnit(Role role, long unitId) {
		return this.jdbc.sql("""
				select a.id, p.full_name from user_account a join person p on p.id = a.person_id
				join account_role r on r.account_id = a.id
				where r.role = ? and p.unit_id = ? and a.enabled order by p.full_name""")
			.params(role.name(), unitId)
			.query((rs, i) -> new Colleague(rs.getLong(1), rs.getString(2)))
			.list();
	}

	List<String> emailsOfRole(Role role) {
		return this.jdbc.sql("""
				select distinct p.email from user_account a join person p on p.id = a.person_id
				join account_role r on r.account_id = a.id
				where r.role = ? and a.enabled and p.active and p.email is not null order by p.email""")
			.param(role.name())
			.query(String.class)
			.list();
	}

}
