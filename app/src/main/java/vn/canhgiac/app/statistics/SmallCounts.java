package vn.canhgiac.app.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Small-count suppression for breakdowns by area: a non-zero count below the threshold is
 * not shown (primary suppression), and when that leaves exactly one hidden cell in a
 * breakdown whose total is published, the next smallest cell is hidden too, so the hidden
 * one cannot be worked out by subtraction (secondary suppression). This is the
 * cell-suppression rule of statistical offices (e.g. Hundepool et al., <i>Statistical
 * Disclosure Control</i>, Wiley 2012, ch. 7), in its simplest form.
 */
final class SmallCounts {

	private SmallCounts() {
	}

	/** Which rows to hide, by index, given each row's deciding count. */
	static <T> boolean[] hidden(List<T> rows, ToLongFunction<T> count, int threshold) {
		boolean[] hidden = new boolean[rows.size()];
		int hiddenCount = 0;
		for (int i = 0; i < rows.size(); i++) {
			long value = count.applyAsLong(rows.get(i));
			if (value > 0 && value < threshold) {
				hidden[i] = true;
				hiddenCount++;
			}
		}
		if (hiddenCount == 1) {
			int smallest = -1;
			for (int i = 0; i < rows.size(); i++) {
				long value = count.applyAsLong(rows.get(i));
				if (!hidden[i] && value > 0 && (smallest < 0 || value < count.applyAsLong(rows.get(smallest)))) {
					smallest = i;
				}
			}
			if (smallest >= 0) {
				hidden[smallest] = true;
			}
		}
		return hidden;
	}

	static List<Figure> figures(List<Long> values, boolean[] hidden) {
		List<Figure> figures = new ArrayList<>(values.size());
		for (int i = 0; i < values.size(); i++) {
			figures.add(new Figure(hidden[i] ? 0 : values.get(i), hidden[i]));
		}
		return figures;
	}

}
