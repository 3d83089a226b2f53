package vn.canhgiac.app.advisories;

/**
 * How many of the people an advisory reached were delivered it, opened it, acknowledged
 * it and passed its quiz.
 */
public record ComplianceCounts(long total, long delivered, long opened, long acknowledged, long passed) {

	public static final ComplianceCounts NONE = new ComplianceCounts(0, 0, 0, 0, 0);

	public ComplianceCounts plus(ComplianceCounts other) {
		return new ComplianceCounts(this.total + other.total, this.delivered + other.delivered,
				this.opened + other.opened, this.acknowledged + other.acknowledged, this.passed + other.passed);
	}

	public int deliveredPercent() {
		return percent(this.delivered);
	}

	public int openedPercent() {
		return percent(this.opened);
	}

	public int acknowledgedPercent() {
		return percent(this.acknowledged);
	}

	public int passedPercent() {
		return percent(this.passed);
	}

	public long pendingAcknowledgement() {
		return this.total - this.acknowledged;
	}

	private int percent(long part) {
		return (this.total == 0) ? 0 : (int) Math.floor(100.0 * part / this.total);
	}

}
