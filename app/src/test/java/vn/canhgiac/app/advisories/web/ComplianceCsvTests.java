package vn.canhgiac.app.advisories.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names and units in the compliance CSV are typed by people: none may run as a formula
 * when the file is opened in a spreadsheet.
 */
class ComplianceCsvTests {

	@Test
	void formulaLookingCellsAreDefused() {
		assertThat(ComplianceController.cell("=HYPERLINK(\"http://x.test\")")).startsWith("'=");
		assertThat(ComplianceController.cell("+84912345678")).isEqualTo("'+84912345678");
		assertThat(ComplianceController.cell("@cmd")).isEqualTo("'@cmd");
		assertThat(ComplianceController.cell("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
		assertThat(ComplianceController.cell("")).isEmpty();
	}

}
