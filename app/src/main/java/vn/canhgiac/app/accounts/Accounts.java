package vn.canhgiac.app.accounts;

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

}
