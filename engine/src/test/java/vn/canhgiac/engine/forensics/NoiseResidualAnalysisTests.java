package vn.canhgiac.engine.forensics;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoiseResidualAnalysisTests {

	@Test
	void medianIsTheMiddleOfTheSortedValuesWithRepeatsAndAnyLength() {
		Random random = new Random(5);
		for (int trial = 0; trial < 500; trial++) {
			int n = 1 + random.nextInt(300);
			float[] values = new float[n + 7];
			for (int i = 0; i < values.length; i++) {
				values[i] = (trial % 3 == 0) ? random.nextInt(4) : random.nextFloat() * 50;
			}
			float[] sorted = Arrays.copyOf(values, n);
			Arrays.sort(sorted);
			float[] before = values.clone();
			assertThat(NoiseResidualAnalysis.median(values, n)).isEqualTo(sorted[n / 2]);
			assertThat(values).containsExactly(before);
		}
	}

}
