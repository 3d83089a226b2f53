package vn.canhgiac.app.intel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benchmark data ({@code bin/canhgiac intel seed}): {@code n} fictional indicators and
 * {@code m} fictional cases, written by set-based SQL in seconds. Half of the cases form
 * campaigns of four that share one value; every case also has two values of its own.
 * Values are synthetic ({@code +849…} numbers from the counter, {@code seed-N.xyz}
 * domains, random hashes) and must never be loaded into a real database.
 */
@Component
class IntelSeeder {

	/** Rows per statement, so each stays well inside the query timeout. */
	private static final int CHUNK = 50_000;

	private final JdbcClient jdbc;

	IntelSeeder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public long seed(int indicators, int cases) {
		if (this.jdbc.sql("select exists (select 1 from intel_sighting)").query(Boolean.class).single()) {
			throw new IntelRefused("Chỉ gieo dữ liệu thử vào kho trống.", "Seed only an empty store.");
		}
		long offset = this.jdbc.sql("select coalesce(max(id), 0) from intel_indicator").query(Long.class).single();
		for (int from = 1; from <= indicators; from += CHUNK) {
			int to = Math.min(indicators, from + CHUNK - 1);
			this.jdbc.sql("""
					insert into intel_indicator (id, type, value, first_seen, last_seen, report_count, status)
					select ? + k,
					       case when k % 20 < 8 then 'phone' when k % 20 < 12 then 'bank_account'
					            when k % 20 < 15 then 'domain' when k % 20 < 18 then 'image_hash'
					            when k % 20 = 18 then 'telegram' else 'text_fingerprint' end,
					       case when k % 20 < 8 then '+849' || lpad((k % 100000000)::text, 8, '0')
					            when k % 20 < 12 then '9' || lpad(k::text, 11, '0')
					            when k % 20 < 15 then 'seed-' || k || '.xyz'
					            when k % 20 < 18 then substr(md5('img' || k), 1, 16)
					            when k % 20 = 18 then '@seed_' || k
					            else substr(md5('txt' || k), 1, 16) end,
					       now() - make_interval(days => 30 + k % 365), now() - make_interval(days => k % 365),
					       k % 7, case when k % 97 = 0 then 'confirmed' else 'reported' end
					from generate_series(?, ?) k
					on conflict (type, value) do nothing""").params(offset, from, to).update();
		}
		this.jdbc
			.sql("select setval(pg_get_serial_sequence('intel_indicator', 'id'), "
					+ "(select max(id) from intel_indicator))")
			.query((rs) -> {
			});
		// Case i: grouped cases (first half) share indicator (offset + 1 + i / 4);
		// every case has two of its own after the shared ones.
		int groups = cases / 8 + 1;
		for (int from = 0; from < cases; from += CHUNK) {
			int to = Math.min(cases, from + CHUNK) - 1;
			this.jdbc.sql("""
					insert into intel_sighting (indicator_id, source, source_id, case_id, seen_at)
					select ? + 1 + (i / 4) % ?, 'CASE', c, c, now()
					from (select i, md5('seed-case-' || i)::uuid c from generate_series(?, ?) i) s
					where i < ? / 2
					union all
					select ? + 1 + (? + 2 * i + j) % ?, 'CASE', c, c, now()
					from (select i, md5('seed-case-' || i)::uuid c from generate_series(?, ?) i) s,
					     generate_series(0, 1) j
					on conflict do nothing""")
				.params(offset, indicators, from, to, cases, offset, groups, indicators, from, to)
				.update();
		}
		this.jdbc.sql("""
				insert into intel_campaign (id, size, created_at, updated_at)
				select md5('seed-campaign-' || g)::uuid, count(*), now(), now()
				from (select case when i < ? / 2 then 'g' || (i / 4) else 's' || i end g
				      from generate_series(0, ? - 1) i) x
				group by g
				on conflict do nothing""").params(cases, cases).update();
		for (int from = 0; from < cases; from += CHUNK) {
			int to = Math.min(cases, from + CHUNK) - 1;
			this.jdbc
				.sql("""
						insert into intel_case (case_id, campaign_id, linked_at)
						select md5('seed-case-' || i)::uuid,
						       md5('seed-campaign-' || case when i < ? / 2 then 'g' || (i / 4) else 's' || i end)::uuid, now()
						from generate_series(?, ?) i
						on conflict do nothing""")
				.params(cases, from, to)
				.update();
		}
		for (long from = offset + 1; from <= offset + indicators; from += CHUNK) {
			this.jdbc.sql("""
					update intel_indicator i set case_count = s.c
					from (select indicator_id, count(distinct case_id) c from intel_sighting
					      where case_id is not null and indicator_id between ? and ? group by indicator_id) s
					where i.id = s.indicator_id and i.case_count <> s.c""").params(from, from + CHUNK - 1).update();
		}
		this.jdbc.sql("analyze intel_indicator").update();
		this.jdbc.sql("analyze intel_sighting").update();
		return this.jdbc.sql("select count(*) from intel_indicator").query(Long.class).single();
	}

}
