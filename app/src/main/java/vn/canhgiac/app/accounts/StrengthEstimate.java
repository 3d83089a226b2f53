package vn.canhgiac.app.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The strength of a password as the estimator sees it.
 *
 * @param score 0 (guessed at once) to 4 (very hard to guess), zxcvbn's scale
 * @param entropyBits log2 of the estimated number of guesses
 * @param truncated whether only the first 128 characters were estimated
 * @param warningKey message key of the main weakness, if any
 * @param suggestionKeys message keys of what would help
 */
public record StrengthEstimate(int score, double entropyBits, boolean truncated, @Nullable String warningKey,
		List<String> suggestionKeys) {

	/** The lowest score a new password may have. */
	public static final int MINIMUM_SCORE = 2;

	public boolean acceptable() {
		return this.score >= MINIMUM_SCORE;
	}

}
