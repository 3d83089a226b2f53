package vn.canhgiac.app.intel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The largest campaigns for the leadership view: how many cases, how many joined in the
 * period, and which kinds of value link them (a wallet, a handle, a letter template, a
 * base picture). Never a case, a victim or a value.
 */
@Component
public class CampaignFigures {

	private final JdbcClient jdbc;

	CampaignFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One campaign.
	 *
	 * @param id campaign id (police may open it; leaders see only the figures)
	 * @param size cases in the campaign
	 * @param newCases cases that joined it in the period
	 * @param links kind of linking value (wire name) → the most cases one such value (or,
	 * for pictures and letters, near-duplicates of one) links
	 */
	public record Campaign(UUID id, int size, long newCases, Map<String, Long> links) {

	}

	/**
	 * Campaigns of at least {@code minSize} cases that grew in {@code [from, to)},
	 * largest first.
	 */
	@Transactional(readOnly = true)
	public List<Campaign> largest(Instant from, Instant to, int minSize, int limit) {
		Map<UUID, Campaign> campaigns = new LinkedHashMap<>();
		this.jdbc.sql("""
				with top as (select c.id, c.size,
				                    (select count(*) from intel_case n where n.campaign_id = c.id
				                     and n.linked_at >= ? and n.linked_at < ?) new_cases
				             from intel_campaign c
				             where c.size >= ? and exists (select 1 from intel_case n where n.campaign_id = c.id
				                                           and n.linked_at >= ? and n.linked_at < ?)
				             order by c.size desc, c.id limit ?)
				select top.id, top.size, top.new_cases, l.type, l.cases
				from top left join lateral (
				    select i.type, max(per.n) cases
				    from (select s.indicator_id, count(distinct s.case_id) n from intel_case ic
				          join intel_sighting s on s.case_id = ic.case_id
				          where ic.campaign_id = top.id group by s.indicator_id) per
				    join intel_indicator i on i.id = per.indicator_id
				    where per.n >= 2 and i.type not in ('image_hash', 'text_fingerprint')
				      and i.status not in ('false_positive', 'allowlisted') and not i.over_correlated
				    group by i.type
				    union all
				    select i.type, count(distinct s.case_id) cases from intel_case ic
				    join intel_sighting s on s.case_id = ic.case_id
				    join intel_indicator i on i.id = s.indicator_id
				    where ic.campaign_id = top.id and i.type in ('image_hash', 'text_fingerprint')
				      and i.status not in ('false_positive', 'allowlisted') and not i.over_correlated
				    group by i.type having count(distinct s.case_id) >= 2) l on true
				order by top.size desc, top.id, l.cases desc nulls last""")
			.params(Timestamp.from(from), Timestamp.from(to), minSize, Timestamp.from(from), Timestamp.from(to), limit)
			.query((rs) -> {
				UUID id = rs.getObject("id", UUID.class);
				Campaign campaign = campaigns.get(id);
				if (campaign == null) {
					campaign = new Campaign(id, rs.getInt("size"), rs.getLong("new_cases"), new LinkedHashMap<>());
					campaigns.put(id, campaign);
				}
				String type = rs.getString("type");
				if (type != null) {
					campaign.links().put(type, rs.getLong("cases"));
				}
			});
		return new ArrayList<>(campaigns.values());
	}

}
