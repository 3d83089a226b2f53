package vn.canhgiac.app.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCountsTests {

	@Test
	void aLoneSmallCellTakesTheNextSmallestWithItSoItCannotBeWorkedOutFromTheTotal() {
		boolean[] hidden = SmallCounts.hidden(List.of(5L, 2L, 7L, 0L, 40L), Long::longValue, 3);
		assertThat(hidden).containsExactly(true, true, false, false, false);
	}

	@Test
	void twoSmallCellsAreEnoughOnTheirOwnAndZeroesAreShown() {
		boolean[] hidden = SmallCounts.hidden(List.of(1L, 2L, 9L, 0L), Long::longValue, 3);
		assertThat(hidden).containsExactly(true, true, false, false);
	}

	@Test
	void countsAtTheThresholdAreShown() {
		assertThat(SmallCounts.hidden(List.of(3L, 4L), Long::longValue, 3)).containsExactly(false, false);
	}

	@Test
	void aHiddenFigureCarriesNoNumber() {
		Figure figure = SmallCounts.figures(List.of(2L, 9L), new boolean[] { true, false }).get(0);
		assertThat(figure.value()).isZero();
		assertThat(figure.shown(3)).isEqualTo("<3");
		assertThat(figure.plotted()).isNull();
	}

}
