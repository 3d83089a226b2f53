package vn.canhgiac.app.directory;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Units {

	private static final RowMapper<OrgUnit> ROW = (rs, i) -> new OrgUnit(rs.getLong("id"),
			rs.getObject("parent_id", Long.class), rs.getString("code"), rs.getString("name"),
			UnitKind.valueOf(rs.getString("kind")));

	private final JdbcClient jdbc;

	Units(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OrgUnit> all() {
		return this.jdbc.sql("select * from org_unit order by name").query(ROW).list();
	}

	Optional<OrgUnit> byId(long id) {
		return this.jdbc.sql("select * from org_unit where id = ?").param(id).query(ROW).optional();
	}

	Optional<OrgUnit> byCode(String code) {
		return this.jdbc.sql("select * from org_unit where lower(code) = lower(?)").param(code).query(ROW).optional();
	}

	/** The unit and everything below it, at any depth. */
	List<Long> subtreeIds(long rootId) {
		return this.jdbc.sql("""
				with recursive tree(id) as (
				    select id from org_unit where id = ?
				    union all
				    select u.id from org_unit u join tree t on u.parent_id = t.id)
				select id from tree""").param(rootId).query(Long.class).list();
	}

	/** The unit and its ancestors, nearest first. */
	List<OrgUnit> ancestry(long id) {
		return this.jdbc.sql("""
				with recursive up(id, parent_id, code, name, kind, depth) as (
				    select id, parent_id, code, name, kind, 0 from org_unit where id = ?
				    union all
				    select u.id, u.parent_id, u.code, u.name, u.kind, up.depth + 1
				    from org_unit u join up on u.id = up.parent_id where up.depth < 64)
				select * from up order by depth""").param(id).query(ROW).list();
	}

	long insert(@Nullable Long parentId, String code, String name, UnitKind kind) {
		return this.jdbc.sql("insert into org_unit (parent_id, code, name, kind) values (?, ?, ?, ?) returning id")
			.params(parentId, code, name, kind.name())
			.query(Long.class)
			.single();
	}

	void update(long id, String code, String name, UnitKind kind) {
		this.jdbc.sql("update org_unit set code = ?, name = ?, kind = ? where id = ?")
			.params(code, name, kind.name(), id)
			.update();
	}

	long count() {
		return this.jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

}
