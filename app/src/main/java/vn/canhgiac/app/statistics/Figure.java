package vn.canhgiac.app.statistics;

import org.jspecify.annotations.Nullable;

/**
 * A count as shown to leaders: either the number or, when it is small enough to point at
 * a person in a small area, suppressed.
 */
public record Figure(long value, boolean suppressed) {

	public static Figure of(long value) {
		return new Figure(value, false);
	}

	/** What a table or CSV shows: the number, or "<3". */
	public String shown(int threshold) {
		return this.suppressed ? "<" + threshold : Long.toString(this.value);
	}

	/** What a chart plots: nothing for a suppressed cell. */
	public @Nullable Long plotted() {
		return this.suppressed ? null : this.value;
	}

}
