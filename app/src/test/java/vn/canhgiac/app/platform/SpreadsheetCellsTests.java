package vn.canhgiac.app.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names, units and titles in every CSV export are typed by people: none may run as a
 * formula when the file is opened in a spreadsheet.
 */
class SpreadsheetCellsTests {

	@Test
	void formulaLookingCellsAreDefused() {
		assertThat(SpreadsheetCells.text("=HYPERLINK(\"http://x.test\")")).startsWith("'=");
		assertThat(SpreadsheetCells.text("+84912345678")).isEqualTo("'+84912345678");
		assertThat(SpreadsheetCells.text("@cmd")).isEqualTo("'@cmd");
		assertThat(SpreadsheetCells.text("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
		assertThat(SpreadsheetCells.text("")).isEmpty();
	}

	@Test
	void numbersStayNumbersAndTextIsDefused() {
		assertThat(SpreadsheetCells.value(-5L)).isEqualTo(-5L);
		assertThat(SpreadsheetCells.value("-5")).isEqualTo("'-5");
		assertThat(SpreadsheetCells.value("<3")).isEqualTo("<3");
	}

}
