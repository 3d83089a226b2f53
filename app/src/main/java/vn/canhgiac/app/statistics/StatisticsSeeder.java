package vn.canhgiac.app.statistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional history for the dashboards, written by set-based SQL: {@code n} reports with
 * their cases spread over the last year (more recent months busier), and {@code m} staff
 * accounts with their second factor, password age and acknowledgements. Used by
 * {@code bin/canhgiac report seed} for benchmarks and, with a few hundred reports, by
 * demo mode so the charts have something to show. Seeded rows carry no evidence and no
 * personal data; seeded staff cannot log in (their password hash is not a hash).
 */
@Component
public class StatisticsSeeder {

	private static final int CHUNK = 50_000;

	private final JdbcClient jdbc;

	StatisticsSeeder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds {@code count} reports and cases made between a year and {@code minAgeDays}
	 * ago. Cases younger than 45 days are partly open; older ones are closed or referred,
	 * and with {@code oldOpen} one in sixteen is still being investigated.
	 */
	@Transactional
	public void seedReports(int count, int minAgeDays, boolean oldOpen) {
		if (!this.jdbc.sql("select exists (select 1 from station_commune)").query(Boolean.class).single()) {
			throw new IllegalStateException("Chưa có xã/phường nào có Công an phụ trách / no station serves a commune");
		}
		this.jdbc.sql("""
				create temporary table seed_commune on commit drop as
				select row_number() over (order by commune_id) - 1 n, commune_id, station_id from station_commune""")
			.update();
		long communes = this.jdbc.sql("select count(*) from seed_commune").query(Long.class).single();
		long offset = this.jdbc.sql("select count(*) from report").query(Long.class).single();
		for (int from = 0; from < count; from += CHUNK) {
			int to = Math.min(count, from + CHUNK) - 1;
			// age in days: sqrt of a uniform number squeezes more reports into recent
			// months.
			this.jdbc
				.sql("""
						insert into report (id, tracking_code, category, channel, happened_on, money_demanded, money_paid,
						                    commune_id, station_id, status, consent_text, consent_basis, consent_at,
						                    created_at, updated_at)
						select md5('seed-report-' || k)::uuid, 'SEED-' || k,
						       (array['EXTORTION_IMAGES', 'EXTORTION_IMAGES', 'EXTORTION_IMAGES', 'IMPERSONATION',
						              'IMPERSONATION', 'FAKE_APP', 'INVESTMENT', 'OTHER'])[1 + h % 8],
						       (array['LETTER', 'LETTER', 'SMS', 'ZALO', 'ZALO', 'TELEGRAM', 'EMAIL', 'CALL'])[1 + (h / 8) % 8],
						       (t - interval '1 day')::date,
						       case when h % 8 < 3 then (50 + h % 450) * 1000000::bigint when h % 5 = 0 then null
						            else (5 + h % 95) * 1000000::bigint end,
						       case when h % 10 = 0 then (5 + h % 45) * 1000000::bigint end,
						       c.commune_id, c.station_id, 'RECEIVED',
						       'Dữ liệu thử (benchmark)', 'seed', t, t, t
						from (select k, abs(hashtext('seed' || k)) h,
						             now() - make_interval(days => ?) - make_interval(secs => (365 - ?) * 86400 * (1 - sqrt(random()))) t
						      from generate_series(? + ?, ? + ?) k) s
						join seed_commune c on c.n = s.h % ?""")
				.params(minAgeDays, minAgeDays, offset, from, offset, to, communes)
				.update();
		}
		this.jdbc
			.sql("""
					insert into police_case (id, ref, report_id, station_id, status, category, severity, resolution,
					                         created_at, updated_at, first_action_at, closed_at)
					select md5('seed-case-' || r.id)::uuid, 'VV-' || r.tracking_code, r.id, r.station_id, x.status,
					       r.category, (array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + x.h % 4],
					       case when x.status in ('CLOSED', 'REFERRED') then 'Dữ liệu thử' end,
					       r.created_at, r.created_at,
					       case when x.status <> 'NEW' then r.created_at + make_interval(mins => 20 + x.h % 4300) end,
					       case when x.status in ('CLOSED', 'REFERRED')
					            then least(now(), r.created_at + make_interval(hours => 24 + x.h % 1400)) end
					from report r
					cross join lateral (select abs(hashtext(r.id::text)) h) hh
					cross join lateral (select hh.h, case
					        when r.created_at < now() - interval '45 days'
					            then case when ? and hh.h % 16 = 5 then 'INVESTIGATING'
					                 else (array['CLOSED', 'CLOSED', 'CLOSED', 'REFERRED'])[1 + hh.h % 4] end
					        else (array['NEW', 'TRIAGED', 'INVESTIGATING', 'INVESTIGATING', 'CLOSED', 'REFERRED', 'TRIAGED', 'NEW'])[1 + hh.h % 8]
					        end status) x
					where r.tracking_code like 'SEED-%' and not exists (select 1 from police_case p where p.report_id = r.id)""")
			.param(oldOpen)
			.update();
		this.jdbc.sql("""
				update report r set status = case c.status when 'NEW' then 'RECEIVED' when 'CLOSED' then 'CLOSED'
				       when 'REFERRED' then 'REFERRED' else 'IN_PROGRESS' end
				from police_case c where c.report_id = r.id and r.tracking_code like 'SEED-%'""").update();
	}

	/**
	 * Adds {@code count} staff in the existing units, with accounts (60 % with a second
	 * factor) and, for every advisory in force, a recipient row (70 % acknowledged).
	 */
	@Transactional
	public void seedStaff(int count) {
		this.jdbc.sql("""
				create temporary table seed_unit on commit drop as
				select row_number() over (order by id) - 1 n, id from org_unit where kind <> 'POLICE'""").update();
		long units = this.jdbc.sql("select count(*) from seed_unit").query(Long.class).single();
		long offset = this.jdbc.sql("select count(*) from person").query(Long.class).single();
		this.jdbc.sql("""
				insert into person (unit_id, full_name, position)
				select u.id, 'Cán bộ thử ' || k, 'Chuyên viên'
				from generate_series(? + 1, ? + ?) k join seed_unit u on u.n = abs(hashtext('unit' || k)) % ?""")
			.params(offset, offset, count, units)
			.update();
		this.jdbc.sql("""
				insert into user_account (username, person_id, password_hash, password_changed_at, totp_secret,
				                          totp_enabled_at)
				select 'seed-' || p.id, p.id, '!seeded-no-login',
				       now() - make_interval(days => abs(hashtext('pw' || p.id)) % 400),
				       null, case when abs(hashtext('2fa' || p.id)) % 10 < 6 then now() end
				from person p where p.full_name like 'Cán bộ thử %'
				and not exists (select 1 from user_account a where a.person_id = p.id)""").update();
		this.jdbc.sql("""
				insert into account_role (account_id, role)
				select a.id, 'STAFF' from user_account a where a.username like 'seed-%' on conflict do nothing""")
			.update();
		this.jdbc
			.sql("""
					insert into advisory_recipient (advisory_id, person_id, unit_id, added_at, delivered_at, opened_at,
					                                acknowledged_at, quiz_passed_at)
					select a.id, p.id, p.unit_id, a.published_at, a.published_at,
					       case when h % 10 < 8 then a.published_at end,
					       case when h % 10 < 7 then a.published_at + interval '1 day' end,
					       case when h % 10 < 5 and a.quiz_pass_percent is not null then a.published_at + interval '1 day' end
					from advisory a cross join person p
					cross join lateral (select abs(hashtext(a.id || '-' || p.id)) h) x
					where a.status = 'PUBLISHED' and p.full_name like 'Cán bộ thử %'
					on conflict do nothing""")
			.update();
	}

}
