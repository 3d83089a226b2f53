package vn.canhgiac.app.advisories;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one unit and everything below it; {@code direct} rows count only the
 * people placed in the unit itself.
 */
public record UnitCompliance(@Nullable Long unitId, String unitName, boolean direct, ComplianceCounts counts) {

}
