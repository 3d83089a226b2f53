package vn.canhgiac.app.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * TOTP secrets, the last accepted time step, failed codes and recovery codes, all kept on
 * the database so that every node sees the same lock and the same used codes.
 */
@Repository
class SecondFactors {

	private final JdbcClient jdbc;

	SecondFactors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the account's row until the transaction ends: one code check at a time. */
	Optional<State> lockState(long accountId) {
		return this.jdbc.sql("""
				select totp_secret, totp_last_step, totp_failures, totp_locked_until
				from user_account where id = ? for update""").param(accountId).query((rs, i) -> {
			Timestamp locked = rs.getTimestamp("totp_locked_until");
			return new State(rs.getString("totp_secret"), rs.getObject("totp_last_step", Long.class),
					rs.getInt("totp_failures"), (locked != null) ? locked.toInstant() : null);
		}).optional();
	}

	Optional<State> state(long accountId) {
		return this.jdbc.sql("""
				select totp_secret, totp_last_step, totp_failures, totp_locked_until
				from user_account where id = ?""").param(accountId).query((rs, i) -> {
			Timestamp locked = rs.getTimestamp("totp_locked_until");
			return new State(rs.getString("totp_secret"), rs.getObject("totp_last_step", Long.class),
					rs.getInt("totp_failures"), (locked != null) ? locked.toInstant() : null);
		}).optional();
	}

	void enable(long accountId, String secret, long step) {
		this.jdbc.sql("""
				update user_account set totp_secret = ?, totp_enabled_at = now(), totp_last_step = ?,
				       totp_failures = 0, totp_locked_until = null where id = ?""")
			.params(secret, step, accountId)
			.update();
	}

	void disable(long accountId) {
		this.jdbc.sql("""
				update user_account set totp_secret = null, totp_enabled_at = null, totp_last_step = null,
				       totp_failures = 0, totp_locked_until = null where id = ?""").param(accountId).update();
		this.jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
	}

	void accepted(long accountId, @Nullable Long step) {
		this.jdbc.sql("""
				update user_account set totp_last_step = coalesce(?, totp_last_step), totp_failures = 0,
				       totp_locked_until = null where id = ?""").params(step, accountId).update();
	}

	void failed(long accountId, int failures, @Nullable Instant lockedUntil) {
		this.jdbc.sql("update user_account set totp_failures = ?, totp_locked_until = ? where id = ?")
			.params(failures, (lockedUntil != null) ? Timestamp.from(lockedUntil) : null, accountId)
			.update();
	}

	void replaceRecoveryCodes(long accountId, List<String> hashes) {
		this.jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
		for (String hash : hashes) {
			this.jdbc.sql("insert into recovery_code (account_id, code_hash) values (?, ?)")
				.params(accountId, hash)
				.update();
		}
	}

	boolean useRecoveryCode(long accountId, String hash) {
		return this.jdbc.sql("""
				update recovery_code set used_at = now()
				where account_id = ? and code_hash = ? and used_at is null""").params(accountId, hash).update() == 1;
	}

	int unusedRecoveryCodes(long accountId) {
		return this.jdbc.sql("select count(*) from recovery_code where account_id = ? and used_at is null")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

	record State(@Nullable String secret, @Nullable Long lastStep, int failures, @Nullable Instant lockedUntil) {
	}

}
