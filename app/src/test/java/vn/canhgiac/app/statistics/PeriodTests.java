package vn.canhgiac.app.statistics;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Test
	void theDefaultIsTheTwelveMonthsUpToThisOne() {
		Period period = Period.parse(null, null, null, TODAY);
		assertThat(period.start()).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(period.end()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(period.buckets()).hasSize(12);
		assertThat(period.label(period.buckets().get(0))).isEqualTo("12/2025");
	}

	@Test
	void weeksRunMondayToSunday() {
		Period period = Period.parse("2026-11", "2026-11", "week", TODAY);
		assertThat(period.start()).isEqualTo(LocalDate.of(2026, 10, 26));
		assertThat(period.end()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(period.buckets()).hasSize(6).allSatisfy((d) -> assertThat(d.getDayOfWeek().getValue()).isOne());
	}

	@Test
	void wrongOrTooLongRangesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2026-13", null, null, TODAY));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2026-10", "2026-01", null, TODAY));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2020-01", "2026-01", null, TODAY));
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(null, null, "day", TODAY));
	}

	@Test
	void monthsStartAtMidnightInVietnam() {
		assertThat(Period.month(java.time.YearMonth.of(2026, 11)).from())
			.isEqualTo(java.time.Instant.parse("2026-10-31T17:00:00Z"));
	}

}
