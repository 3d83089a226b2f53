package vn.canhgiac.app.statistics;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Awareness and account hygiene by unit: for the advisories in force, the share
 * acknowledged and the share that passed the quiz; second-factor coverage and passwords
 * past their rotation reminder.
 *
 * @param unitId the unit whose children are the rows ({@code null}: the top of the tree)
 * @param unitName its name
 * @param advisoriesInForce advisories published and not expired
 * @param total the whole unit
 * @param rows one per child unit (with everything below it), then the people placed in
 * the unit itself
 */
public record Awareness(@Nullable Long unitId, String unitName, long advisoriesInForce, Row total, List<Row> rows) {

	/**
	 * @param unitId the unit (drill-down link), {@code null} for the "placed here" row
	 * @param hasChildren whether it can be opened further
	 */
	public record Row(@Nullable Long unitId, String name, boolean hasChildren, long recipients, long acknowledged,
			long quizRecipients, long quizPassed, long accounts, long secondFactor, long stalePasswords) {

		public int acknowledgedPercent() {
			return percent(this.acknowledged, this.recipients);
		}

		public int quizPassedPercent() {
			return percent(this.quizPassed, this.quizRecipients);
		}

		public int secondFactorPercent() {
			return percent(this.secondFactor, this.accounts);
		}

		Row plus(Row other) {
			return new Row(this.unitId, this.name, this.hasChildren, this.recipients + other.recipients,
					this.acknowledged + other.acknowledged, this.quizRecipients + other.quizRecipients,
					this.quizPassed + other.quizPassed, this.accounts + other.accounts,
					this.secondFactor + other.secondFactor, this.stalePasswords + other.stalePasswords);
		}

		private static int percent(long part, long whole) {
			return (whole == 0) ? 0 : (int) Math.floor(100.0 * part / whole);
		}

	}

}
