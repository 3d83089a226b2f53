package vn.canhgiac.bench.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.canhgiac.engine.text.MessageAnalyzer;
import vn.canhgiac.engine.text.MessageReport;
import vn.canhgiac.engine.text.MessageVerdict;
import vn.canhgiac.engine.text.SenderKind;

/**
 * Message verdicts against the labelled SMS sets: recall and false-positive rate at the
 * shipped thresholds, and the recall reachable at 1 % false positives by moving the score
 * threshold (for information only — thresholds are not tuned on these files).
 */
final class MessageBenchmark {

	private final MessageAnalyzer analyzer;

	MessageBenchmark(MessageAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	record Scored(double score, MessageVerdict verdict, boolean positive, String group) {
	}

	List<Scored> score(List<SmsSets.Sms> messages) {
		return score(messages, false);
	}

	/**
	 * @param senderHint whether the analyser is told the kind of sender (the group of a
	 * dev_vi_sms_2025 row), as a recipient can tell the check page
	 */
	List<Scored> score(List<SmsSets.Sms> messages, boolean senderHint) {
		List<Scored> out = new ArrayList<>();
		for (SmsSets.Sms sms : messages) {
			if (sms.text().isBlank()) {
				continue;
			}
			MessageReport report = this.analyzer.analyze(sms.text(),
					senderHint ? sender(sms.group()) : SenderKind.UNKNOWN);
			out.add(new Scored(report.score(), report.verdict(), sms.positive(), sms.group()));
		}
		return out;
	}

	private static SenderKind sender(String group) {
		return switch (group) {
			case "personal_number" -> SenderKind.PERSONAL_NUMBER;
			case "brandname" -> SenderKind.BRANDNAME;
			case "shortcode" -> SenderKind.SHORTCODE;
			default -> SenderKind.UNKNOWN;
		};
	}

	static void printVietnamese(String name, List<Scored> scored) {
		long positives = scored.stream().filter(Scored::positive).count();
		long negatives = scored.size() - positives;
		long scamTp = scored.stream().filter((s) -> s.positive() && s.verdict() == MessageVerdict.SCAM).count();
		long flagTp = scored.stream().filter((s) -> s.positive() && s.verdict() != MessageVerdict.NO_SIGNS).count();
		long scamFp = scored.stream().filter((s) -> !s.positive() && s.verdict() == MessageVerdict.SCAM).count();
		long flagFp = scored.stream().filter((s) -> !s.positive() && s.verdict() != MessageVerdict.NO_SIGNS).count();
		System.out.printf("%s: %d scam, %d ham%n", name, positives, negatives);
		System.out.printf("  verdict=scam:            recall %.1f %% (%d/%d), false positives %.2f %% (%d/%d)%n",
				pct(scamTp, positives), scamTp, positives, pct(scamFp, negatives), scamFp, negatives);
		System.out.printf("  verdict scam|suspicious: recall %.1f %% (%d/%d), false positives %.2f %% (%d/%d)%n",
				pct(flagTp, positives), flagTp, positives, pct(flagFp, negatives), flagFp, negatives);
		System.out.printf("  score threshold at <=1 %% FP: recall %.1f %%%n", 100 * recallAtFpr(scored, 0.01));
		for (String group : scored.stream().map(Scored::group).distinct().sorted().toList()) {
			List<Scored> in = scored.stream().filter((s) -> s.group().equals(group)).toList();
			long p = in.stream().filter(Scored::positive).count();
			long tp = in.stream().filter((s) -> s.positive() && s.verdict() != MessageVerdict.NO_SIGNS).count();
			long fp = in.stream().filter((s) -> !s.positive() && s.verdict() != MessageVerdict.NO_SIGNS).count();
			System.out.printf("    sender %-16s scam flagged %d/%d, ham flagged %d/%d%n", group, tp, p, fp,
					in.size() - p);
		}
	}

	static void printEnglish(List<Scored> scored) {
		long tp = scored.stream().filter((s) -> s.positive() && s.verdict() != MessageVerdict.NO_SIGNS).count();
		long fp = scored.stream().filter((s) -> !s.positive() && s.verdict() != MessageVerdict.NO_SIGNS).count();
		long fn = scored.stream().filter((s) -> s.positive() && s.verdict() == MessageVerdict.NO_SIGNS).count();
		double precision = tp / (double) Math.max(1, tp + fp);
		double recall = tp / (double) Math.max(1, tp + fn);
		System.out.printf(
				"en_sms_spam (spam = scam|suspicious): precision %.3f, recall %.3f, F1 %.3f (tp %d, fp %d, fn %d)%n",
				precision, recall, 2 * precision * recall / Math.max(1e-9, precision + recall), tp, fp, fn);
	}

	static void printAdvertising(List<Scored> scored) {
		long ads = scored.stream().filter(Scored::positive).count();
		long adsScam = scored.stream().filter((s) -> s.positive() && s.verdict() == MessageVerdict.SCAM).count();
		long adsFlag = scored.stream().filter((s) -> s.positive() && s.verdict() != MessageVerdict.NO_SIGNS).count();
		long ham = scored.size() - ads;
		long hamFlag = scored.stream().filter((s) -> !s.positive() && s.verdict() != MessageVerdict.NO_SIGNS).count();
		System.out.printf(
				"vi_sms_2015 (advertising is not fraud): ads called scam %.2f %% (%d/%d), ads flagged %.2f %%,"
						+ " ham flagged %.2f %% (%d/%d)%n",
				pct(adsScam, ads), adsScam, ads, pct(adsFlag, ads), pct(hamFlag, ham), hamFlag, ham);
	}

	private static double recallAtFpr(List<Scored> scored, double fpr) {
		List<Double> negatives = new ArrayList<>(
				scored.stream().filter((s) -> !s.positive()).map(Scored::score).toList());
		Collections.sort(negatives, Collections.reverseOrder());
		int allowed = (int) Math.floor(fpr * negatives.size());
		double threshold = (allowed < negatives.size()) ? negatives.get(allowed) : 0;
		long positives = scored.stream().filter(Scored::positive).count();
		long above = scored.stream().filter((s) -> s.positive() && s.score() > threshold).count();
		return above / (double) Math.max(1, positives);
	}

	static double pct(long a, long b) {
		return 100.0 * a / Math.max(1, b);
	}

	static Path data(String first, String... more) {
		return Path.of(System.getProperty("canhgiac.data", "/work/shared/data"), first).resolve(Path.of("", more));
	}

}
