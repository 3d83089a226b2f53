package vn.canhgiac.app.advisories;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.app.directory.OrgUnit;

/**
 * The compliance dashboard of one advisory seen from one unit (or the whole tree):
 * totals, one row per unit below, and the people still owing it.
 */
public record ComplianceReport(Advisory advisory, @Nullable OrgUnit root, List<OrgUnit> path, ComplianceCounts totals,
		List<UnitCompliance> rows, List<PendingPerson> pending, long pendingTotal) {

}
