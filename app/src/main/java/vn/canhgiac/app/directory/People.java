package vn.canhgiac.app.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class People {

	private static final RowMapper<Person> ROW = (rs, i) -> new Person(rs.getLong("id"), rs.getLong("unit_id"),
			rs.getString("full_name"), rs.getString("position"), rs.getString("email"), rs.getString("phone"),
			rs.getBoolean("active"));

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Person> byId(long id) {
		return this.jdbc.sql("select * from person where id = ?").param(id).query(ROW).optional();
	}

	List<Person> inUnit(long unitId) {
		return this.jdbc.sql("select * from person where unit_id = ? order by full_name")
			.param(unitId)
			.query(ROW)
			.list();
	}

	Map<Long, Long> countsByUnit() {
		return this.jdbc.sql("select unit_id, count(*) as n from person where active group by unit_id")
			.query((rs, i) -> Map.entry(rs.getLong("unit_id"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	Optional<Person> byEmail(String email) {
		return this.jdbc.sql("select * from person where lower(email) = lower(?) and active")
			.param(email)
			.query(ROW)
			.optional();
	}

	boolean emailTaken(String email, @Nullable Long exceptId) {
		return this.jdbc.sql("select count(*) from person where lower(email) = lower(?) and id <> coalesce(?, -1)")
			.params(email, exceptId)
			.query(Long.class)
			.single() > 0;
	}

	List<String> existingEmails(Collection<String> emails) {
		if (emails.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select lower(email) from person where lower(email) in (:emails)")
			.param("emails", emails.stream().map(String::toLowerCase).toList())
			.query(String.class)
			.list();
	}

	long insert(long unitId, String fullName, @Nullable String position, @Nullable String email,
			@Nullable String phone) {
		return this.jdbc
			.sql("insert into person (unit_id, full_name, position, email, phone) values (?, ?, ?, ?, ?) returning id")
			.params(unitId, fullName, position, email, phone)
			.query(Long.class)
			.single();
	}

	void update(Person person) {
		this.jdbc.sql("""
				update person set unit_id = ?, full_name = ?, position = ?, email = ?, phone = ?, active = ?,
				       updated_at = now() where id = ?""")
			.params(person.unitId(), person.fullName(), person.position(), person.email(), person.phone(),
					person.active(), person.id())
			.update();
	}

	long count() {
		return this.jdbc.sql("select count(*) from person").query(Long.class).single();
	}

}
