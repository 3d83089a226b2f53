package vn.canhgiac.app.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.canhgiac.app.accounts.AccountFigures;
import vn.canhgiac.app.advisories.AwarenessFigures;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;
import vn.canhgiac.app.intel.CampaignFigures;

/**
 * The leadership view: the situation, the largest campaigns and awareness. Only leaders
 * and police administrators may ask; every answer is counts and categories.
 */
@Service
public class Statistics {

	private final SituationQuery situation;

	private final CampaignFigures campaigns;

	private final AwarenessFigures awareness;

	private final AccountFigures accounts;

	private final DirectoryManagement directory;

	private final MessageSource messages;

	private final StatisticsProperties properties;

	private final Clock clock;

	Statistics(SituationQuery situation, CampaignFigures campaigns, AwarenessFigures awareness, AccountFigures accounts,
			DirectoryManagement directory, MessageSource messages, StatisticsProperties properties, Clock clock) {
		this.situation = situation;
		this.campaigns = campaigns;
		this.awareness = awareness;
		this.accounts = accounts;
		this.directory = directory;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	public static boolean maySee(AuthenticatedPerson user) {
		return user.hasRole("LEADER") || user.hasRole("POLICE_ADMIN");
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(Period.ZONE));
	}

	public int smallCount() {
		return this.properties.smallCount();
	}

	public Situation situation(Period period, Locale locale) {
		return this.situation.situation(period, locale);
	}

	public CampaignView campaigns(YearMonth month, Locale locale) {
		Period period = Period.month(month);
		List<CampaignView.Row> rows = new ArrayList<>();
		int rank = 1;
		for (CampaignFigures.Campaign c : this.campaigns.largest(period.from(), period.to(),
				this.properties.campaignMinSize(), 10)) {
			List<CampaignView.Link> links = new ArrayList<>();
			c.links()
				.forEach((type, cases) -> links.add(new CampaignView.Link(type,
						this.messages.getMessage("stats.link." + type, null, type, locale), cases)));
			rows.add(new CampaignView.Row(rank++, c.size(), c.newCases(), links));
		}
		return new CampaignView(period, this.properties.campaignMinSize(), rows);
	}

	/** Awareness of the children of {@code unitId} (the top of the tree when null). */
	public Awareness awareness(@Nullable Long unitId, Locale locale) {
		List<OrgUnit> units = this.directory.units();
		Map<Long, OrgUnit> byId = new HashMap<>();
		Set<Long> parents = new HashSet<>();
		for (OrgUnit unit : units) {
			byId.put(unit.id(), unit);
			if (unit.parentId() != null) {
				parents.add(unit.parentId());
			}
		}
		List<OrgUnit> tops = units.stream().filter((u) -> u.parentId() == null).toList();
		if (unitId == null && tops.size() == 1) {
			unitId = tops.get(0).id();
		}
		OrgUnit root = (unitId != null) ? byId.get(unitId) : null;
		if (unitId != null && root == null) {
			throw new java.util.NoSuchElementException("unit");
		}
		Map<Long, Awareness.Row> direct = new HashMap<>();
		for (AwarenessFigures.Unit u : this.awareness.byUnit(today())) {
			direct.merge(u.unitId(), new Awareness.Row(u.unitId(), "", false, u.recipients(), u.acknowledged(),
					u.quizRecipients(), u.quizPassed(), 0, 0, 0), Awareness.Row::plus);
		}
		for (AccountFigures.Unit u : this.accounts.byUnit(this.clock.instant())) {
			direct.merge(u.unitId(), new Awareness.Row(u.unitId(), "", false, 0, 0, 0, 0, u.accounts(),
					u.secondFactor(), u.stalePasswords()), Awareness.Row::plus);
		}
		Map<Long, Awareness.Row> rows = new LinkedHashMap<>();
		for (OrgUnit unit : units) {
			if (Objects.equals(unit.parentId(), unitId)) {
				rows.put(unit.id(), empty(unit.id(), unit.name(), parents.contains(unit.id())));
			}
		}
		Awareness.Row placedHere = empty(null, this.messages.getMessage("stats.awareness.placedHere", null, locale),
				false);
		Awareness.Row total = empty(unitId, (root != null) ? root.name() : "", false);
		for (Map.Entry<Long, Awareness.Row> entry : direct.entrySet()) {
			Long child = childOnPath(entry.getKey(), unitId, byId);
			if (child == null) {
				continue;
			}
			total = total.plus(entry.getValue());
			if (child.equals(unitId)) {
				placedHere = placedHere.plus(entry.getValue());
			}
			else if (rows.containsKey(child)) {
				rows.put(child, rows.get(child).plus(entry.getValue()));
			}
		}
		List<Awareness.Row> result = new ArrayList<>(rows.values());
		result.removeIf((r) -> r.accounts() == 0 && r.recipients() == 0);
		if (placedHere.accounts() > 0 || placedHere.recipients() > 0) {
			result.add(placedHere);
		}
		return new Awareness(unitId, total.name(), this.awareness.inForce(today()), total, result);
	}

	/**
	 * The child of {@code top} on the way from the root to {@code unit}: the row the
	 * unit's figures belong to; {@code top} itself for people placed in it; {@code null}
	 * when the unit is not under {@code top}.
	 */
	private static @Nullable Long childOnPath(long unit, @Nullable Long top, Map<Long, OrgUnit> byId) {
		Long current = unit;
		Long previous = null;
		while (current != null) {
			if (current.equals(top)) {
				return (previous != null) ? previous : current;
			}
			OrgUnit u = byId.get(current);
			if (u == null) {
				return null;
			}
			previous = current;
			current = u.parentId();
		}
		return (top == null) ? previous : null;
	}

	private static Awareness.Row empty(@Nullable Long id, String name, boolean hasChildren) {
		return new Awareness.Row(id, name, hasChildren, 0, 0, 0, 0, 0, 0, 0);
	}

}
