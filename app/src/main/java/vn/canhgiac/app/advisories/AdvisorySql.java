package vn.canhgiac.app.advisories;

/**
 * The set-based statements behind publication and the compliance dashboard, with
 * positional parameters. Public so that the benchmark in {@code bench/} times exactly
 * these statements.
 */
public final class AdvisorySql {

	/**
	 * Resolves an advisory's audience to people and adds one record per person not yet
	 * there. Parameters: advisory id, advisory id, added at, late, person id or null,
	 * person id or null.
	 */
	public static final String RESOLVE_AUDIENCE = """
			insert into advisory_recipient (advisory_id, person_id, unit_id, added_at, late)
			with recursive tree(id) as (
			    select u.id from org_unit u join advisory a on u.id = any(a.audience_units) where a.id = ?
			    union
			    select c.id from org_unit c join tree t on c.parent_id = t.id),
			adv as (select id, audience_everyone, audience_units, audience_roles from advisory where id = ?)
			select adv.id, p.id, p.unit_id, ?, ?
			from adv join person p on p.active
			where (cast(? as bigint) is null or p.id = ?)
			  and (adv.audience_everyone or (
			        cardinality(adv.audience_units) + cardinality(adv.audience_roles) > 0
			    and (cardinality(adv.audience_units) = 0 or p.unit_id in (select id from tree))
			    and (cardinality(adv.audience_roles) = 0 or p.id in (
			        select ua.person_id from user_account ua join account_role r on r.account_id = ua.id
			        where ua.enabled and ua.person_id is not null and r.role = any(adv.audience_roles)))))
			on conflict (advisory_id, person_id) do nothing""";

	/**
	 * Per unit directly below a root (or per top-level unit when the root is null): the
	 * figures of that unit's whole subtree. Parameters: root unit id or null, advisory
	 * id.
	 */
	public static final String BREAKDOWN = """
			with recursive tree(top, id) as (
			    select u.id, u.id from org_unit u where u.parent_id is not distinct from cast(? as bigint)
			    union all
			    select t.top, c.id from org_unit c join tree t on c.parent_id = t.id)
			select t.top as unit_id, count(*) as total, count(r.delivered_at) as delivered,
			       count(r.opened_at) as opened, count(r.acknowledged_at) as acknowledged,
			       count(r.quiz_passed_at) as passed
			from tree t join advisory_recipient r on r.unit_id = t.id
			where r.advisory_id = ?
			group by t.top""";

	/**
	 * The figures of the people placed directly in one unit. Parameters: advisory id,
	 * unit id.
	 */
	public static final String DIRECT = """
			select count(*) as total, count(delivered_at) as delivered, count(opened_at) as opened,
			       count(acknowledged_at) as acknowledged, count(quiz_passed_at) as passed
			from advisory_recipient where advisory_id = ? and unit_id = ?""";

	/**
	 * People of a subtree (everyone when the root is null) with their records; with the
	 * flag set only those who still owe the advisory. Parameters: root or null, advisory
	 * id, root or null, only-pending flag, limit.
	 */
	public static final String PEOPLE = """
			with recursive tree(id) as (
			    select id from org_unit where id = cast(? as bigint)
			    union all
			    select c.id from org_unit c join tree t on c.parent_id = t.id)
			select r.person_id, p.full_name, p.position, u.name as unit_name, r.added_at, r.delivered_at,
			       r.opened_at, r.acknowledged_at, r.quiz_passed_at, r.quiz_attempts, r.reminders
			from advisory_recipient r
			join advisory a on a.id = r.advisory_id
			join person p on p.id = r.person_id
			join org_unit u on u.id = r.unit_id
			where r.advisory_id = ?
			  and (cast(? as bigint) is null or r.unit_id in (select id from tree))
			  and (not ? or r.acknowledged_at is null or (a.quiz_pass_percent is not null and r.quiz_passed_at is null))
			order by u.name, p.full_name, r.person_id
			limit ?""";

	private AdvisorySql() {
	}

}
