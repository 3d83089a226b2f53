package vn.canhgiac.bench.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.Indicators;

/**
 * Precision and recall of indicator extraction on a hand-labelled set
 * ({@code indicator-cases.txt}): each case is a text followed by the expected
 * {@code type:normalized} lines, with obfuscated writings and distractors (dates, case
 * numbers, OTPs, masked cards, invalid checksums) that must yield nothing.
 */
final class IndicatorBenchmark {

	void run() throws IOException {
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		int cases = 0;
		for (Case c : cases()) {
			cases++;
			Set<String> found = new HashSet<>();
			for (Indicator i : Indicators.extract(c.text())) {
				found.add(i.type().wireName() + ":" + i.normalized() + ((i.bank() != null) ? "|" + i.bank() : ""));
			}
			for (String expected : c.expected()) {
				if (found.remove(expected)) {
					truePositives++;
				}
				else {
					falseNegatives++;
					System.out.println("  missed in case " + cases + ": " + expected);
				}
			}
			for (String extra : found) {
				falsePositives++;
				System.out.println("  spurious in case " + cases + ": " + extra);
			}
		}
		double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
		double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
		System.out.printf("indicators: %d cases, %d expected values: precision %.3f, recall %.3f (fp %d, fn %d)%n",
				cases, truePositives + falseNegatives, precision, recall, falsePositives, falseNegatives);
	}

	record Case(String text, List<String> expected) {
	}

	/** Blocks separated by blank lines: first line the text, then expected values. */
	private static List<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		try (InputStream in = IndicatorBenchmark.class.getResourceAsStream("indicator-cases.txt")) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String text = null;
			List<String> expected = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("#")) {
					continue;
				}
				if (line.isBlank()) {
					if (text != null) {
						cases.add(new Case(text, expected));
					}
					text = null;
					expected = new ArrayList<>();
				}
				else if (text == null) {
					text = line;
				}
				else {
					expected.add(line.strip());
				}
			}
			if (text != null) {
				cases.add(new Case(text, expected));
			}
		}
		return cases;
	}

}
