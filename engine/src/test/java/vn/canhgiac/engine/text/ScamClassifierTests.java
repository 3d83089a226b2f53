package vn.canhgiac.engine.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScamClassifierTests {

	private static double p(String text) {
		return ScamClassifier.instance().probability(MessageNormalizer.normalize(text).text());
	}

	@Test
	void ranksUnseenScamsAboveUnseenOrdinaryMessages() {
		// Sentences written for this test, not taken from the training corpus.
		assertThat(p("Ban da trung thuong 300 trieu, chuyen phi nhan giai vao tai khoan ngay hom nay"))
			.isGreaterThan(p("Chieu nay 3h hop phong, moi nguoi mang may tinh nhe"));
		assertThat(p("Cán bộ điều tra yêu cầu anh chuyển tiền để chứng minh trong sạch"))
			.isGreaterThan(p("Cuối tuần này cả nhà về quê thăm ông bà"));
	}

	/**
	 * The thresholds that turn the probability into a signal hold on the corpus itself:
	 * each example is scored by a model trained without it (10 folds), so these are rates
	 * on unseen text of the corpus's kinds. The SMS test sets play no part.
	 */
	@Test
	void thresholdsAreCalibratedOnTheCorpusOutOfFold() {
		List<ScamClassifier.Example> corpus = new ArrayList<>(ScamClassifier.readCorpus());
		Collections.shuffle(corpus, new Random(7));
		int folds = 10;
		List<Double> legit = new ArrayList<>();
		List<Double> scam = new ArrayList<>();
		for (int fold = 0; fold < folds; fold++) {
			List<ScamClassifier.Example> training = new ArrayList<>();
			for (int i = 0; i < corpus.size(); i++) {
				if (i % folds != fold) {
					training.add(corpus.get(i));
				}
			}
			ScamClassifier model = ScamClassifier.train(training);
			for (int i = fold; i < corpus.size(); i += folds) {
				ScamClassifier.Example example = corpus.get(i);
				(example.scam() ? scam : legit).add(model.probability(example.normalized()));
			}
		}
		assertThat(share(legit, ScamClassifier.ALONE_FROM)).as("legit suspicious by the model alone")
			.isLessThanOrEqualTo(0.01);
		assertThat(share(legit, ScamClassifier.QUIET_BELOW)).as("legit given any weight").isLessThanOrEqualTo(0.06);
		assertThat(share(scam, ScamClassifier.QUIET_BELOW)).as("scams given weight").isGreaterThanOrEqualTo(0.75);
		assertThat(MessageAnalyzer.modelWeight(ScamClassifier.ALONE_FROM)).isEqualTo(MessageAnalyzer.SUSPICIOUS_SCORE,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(MessageAnalyzer.modelWeight(ScamClassifier.QUIET_BELOW)).isZero();
	}

	private static double share(List<Double> probabilities, double atLeast) {
		return probabilities.stream().filter((p) -> p >= atLeast).count() / (double) probabilities.size();
	}

	@Test
	void isAProbability() {
		double value = p("xin chao");
		assertThat(value).isBetween(0.0, 1.0);
	}

}
