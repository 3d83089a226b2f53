package vn.canhgiac.engine.files;

import java.util.Comparator;
import java.util.List;

import vn.canhgiac.engine.Signal;

/**
 * From reasons to a verdict. Independent reasons combine as a noisy-or,
 * {@code 1 - Π(1 - weight)}, so two medium signs together weigh more than either, yet no
 * number of weak signs alone reaches certainty. A file is as dangerous as the worst thing
 * it carries, so entries and the message and link verdicts enter as a maximum.
 */
final class Verdicts {

	static final double DANGEROUS_FROM = 0.7;

	static final double SUSPICIOUS_FROM = 0.3;

	private Verdicts() {
	}

	static double score(Findings findings) {
		double keep = 1;
		for (Signal signal : findings.signals) {
			keep *= 1 - signal.weight();
		}
		double score = 1 - keep;
		for (Findings.Scored scored : findings.verdicts) {
			score = Math.max(score, scored.score());
		}
		for (FileReport entry : findings.entries) {
			score = Math.max(score, entry.score());
		}
		return Math.round(score * 1000) / 1000.0;
	}

	static String verdict(double score) {
		if (score >= DANGEROUS_FROM) {
			return FileReport.DANGEROUS;
		}
		return (score >= SUSPICIOUS_FROM) ? FileReport.SUSPICIOUS : FileReport.NO_SIGNS;
	}

	/** The category of the heaviest piece of evidence, wherever it was found. */
	static String category(Findings findings) {
		String category = "none";
		double best = 0;
		for (Signal signal : findings.signals) {
			if (signal.weight() > best) {
				best = signal.weight();
				category = findings.categories.getOrDefault(signal.code(), "other");
			}
		}
		for (Findings.Scored scored : findings.verdicts) {
			if (scored.score() > best) {
				best = scored.score();
				category = scored.category();
			}
		}
		for (FileReport entry : findings.entries) {
			if (entry.score() > best) {
				best = entry.score();
				category = entry.category();
			}
		}
		return (best > 0) ? category : "none";
	}

	static List<Signal> strongestFirst(List<Signal> signals) {
		return signals.stream().sorted(Comparator.comparingDouble(Signal::weight).reversed()).toList();
	}

}
