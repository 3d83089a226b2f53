package vn.canhgiac.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Logistic regression on hashed character 3- to 5-grams and word uni- and bigrams of the
 * normalised text, trained when first used from the project's own labelled corpus
 * ({@code training-corpus.tsv}, written for Cảnh Giác — no third-party SMS data). Small
 * on purpose: it catches wording the rules do not name, the rules explain. Immutable
 * after training, so one instance serves every thread.
 */
final class ScamClassifier {

	/**
	 * Below this probability the model adds nothing: about 95 % of the corpus's
	 * legitimate messages score lower when left out of training (10-fold
	 * cross-validation, see ScamClassifierTests). Calibrated on the corpus only, never on
	 * the SMS test sets.
	 */
	static final double QUIET_BELOW = 0.6;

	/**
	 * From this probability the model alone makes a message suspicious: at most 1 % of
	 * the corpus's legitimate messages score this high out of fold.
	 */
	static final double ALONE_FROM = 0.95;

	private static final int BUCKETS = 1 << 18;

	private static final int EPOCHS = 40;

	private static final double LEARNING_RATE = 0.4;

	private static final double L2 = 1e-5;

	/** Longer texts are judged by their beginning; scams show their hand early. */
	private static final int MAX_CHARS = 4000;

	private static final ScamClassifier INSTANCE = train(readCorpus());

	private final float[] weights;

	private final float bias;

	private ScamClassifier(float[] weights, float bias) {
		this.weights = weights;
		this.bias = bias;
	}

	static ScamClassifier instance() {
		return INSTANCE;
	}

	/** Probability that the normalised text is a scam, 0..1. */
	double probability(String normalized) {
		Features features = Features.of(normalized);
		double z = this.bias;
		for (int i = 0; i < features.size(); i++) {
			z += this.weights[features.index(i)] * features.value();
		}
		return 1 / (1 + Math.exp(-z));
	}

	record Example(String normalized, boolean scam) {
	}

	static ScamClassifier train(List<Example> corpus) {
		float[] w = new float[BUCKETS];
		double b = 0;
		List<Features> features = new ArrayList<>();
		for (Example example : corpus) {
			features.add(Features.of(example.normalized()));
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < corpus.size(); i++) {
			order.add(i);
		}
		Random random = new Random(20251128L);
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			Collections.shuffle(order, random);
			double rate = LEARNING_RATE / (1 + epoch * 0.1);
			for (int i : order) {
				Features f = features.get(i);
				double z = b;
				for (int k = 0; k < f.size(); k++) {
					z += w[f.index(k)] * f.value();
				}
				double p = 1 / (1 + Math.exp(-z));
				double gradient = (corpus.get(i).scam() ? 1 : 0) - p;
				for (int k = 0; k < f.size(); k++) {
					int j = f.index(k);
					w[j] += (float) (rate * (gradient * f.value() - L2 * w[j]));
				}
				b += rate * gradient;
			}
		}
		return new ScamClassifier(w, (float) b);
	}

	static List<Example> readCorpus() {
		try (InputStream in = ScamClassifier.class.getResourceAsStream("training-corpus.tsv")) {
			if (in == null) {
				throw new IllegalStateException("training-corpus.tsv missing from the engine jar");
			}
			List<Example> examples = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int tab = line.indexOf('\t');
				if (line.startsWith("#") || tab < 0) {
					continue;
				}
				boolean scam = line.substring(0, tab).equals("scam");
				examples.add(new Example(MessageNormalizer.normalize(line.substring(tab + 1)).text(), scam));
			}
			return examples;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Distinct hashed feature indices with one shared value (binary features,
	 * L2-normalised).
	 */
	record Features(int[] indices, float value) {

		int size() {
			return this.indices.length;
		}

		int index(int i) {
			return this.indices[i];
		}

		static Features of(String normalized) {
			String text = " "
					+ collapse(normalized.length() > MAX_CHARS ? normalized.substring(0, MAX_CHARS) : normalized) + " ";
			int[] seen = new int[3 * text.length() + 2 * text.length() / 2 + 8];
			int n = 0;
			for (int gram = 3; gram <= 5; gram++) {
				for (int i = 0; i + gram <= text.length(); i++) {
					seen[n++] = bucket(text, i, i + gram, gram);
				}
			}
			String[] words = text.strip().split(" ");
			if (n + 2 * words.length > seen.length) {
				seen = java.util.Arrays.copyOf(seen, n + 2 * words.length);
			}
			for (int i = 0; i < words.length; i++) {
				seen[n++] = Math.floorMod(("w:" + words[i]).hashCode() * 0x9E3779B1, BUCKETS);
				if (i + 1 < words.length) {
					seen[n++] = Math.floorMod(("b:" + words[i] + " " + words[i + 1]).hashCode() * 0x9E3779B1, BUCKETS);
				}
			}
			int[] indices = java.util.Arrays.stream(seen, 0, n).sorted().distinct().toArray();
			return new Features(indices, (float) (1 / Math.sqrt(Math.max(1, indices.length))));
		}

		private static int bucket(String text, int from, int to, int n) {
			int h = n * 0x01000193;
			for (int i = from; i < to; i++) {
				h = (h ^ text.charAt(i)) * 0x01000193;
			}
			return Math.floorMod(h, BUCKETS);
		}

		/**
		 * Digits become 0 and runs of non-letters one space, so numbers do not leak
		 * identity.
		 */
		private static String collapse(String text) {
			StringBuilder out = new StringBuilder(text.length());
			boolean space = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isDigit(c)) {
					out.append('0');
					space = false;
				}
				else if (Character.isLetter(c) || c == '%' || c == '$') {
					out.append(c);
					space = false;
				}
				else if (!space) {
					out.append(' ');
					space = true;
				}
			}
			return out.toString();
		}

	}

}
