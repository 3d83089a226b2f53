package vn.canhgiac.engine;

import org.jspecify.annotations.Nullable;

/**
 * One explainable reason behind a verdict of a message, URL, e-mail or file check.
 *
 * @param code stable identifier, e.g. {@code extortion_threat}, {@code lookalike_domain}
 * @param weight contribution to the score, 0..1
 * @param span where in the analysed text the reason was found, if it is a text span
 * @param messageVi plain-language explanation in Vietnamese
 * @param messageEn the same in English
 */
public record Signal(String code, double weight, @Nullable TextSpan span, String messageVi, String messageEn) {

	public Signal {
		if (weight < 0 || weight > 1) {
			throw new IllegalArgumentException("weight must be within 0..1: " + weight);
		}
	}

}
