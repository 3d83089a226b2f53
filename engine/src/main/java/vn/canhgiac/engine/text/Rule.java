package vn.canhgiac.engine.text;

import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One explainable pattern over the normalised text of a message.
 *
 * @param code the signal code it raises
 * @param weight the signal's weight when it fires alone
 * @param category the kind of scam it points to
 * @param pattern what it looks for, in lower case without diacritics
 * @param triggers words one of which must be in the text for the pattern to match, if
 * known
 * @param negatable whether a "không / never" just before turns it into protective advice
 * @param messageVi the reason in Vietnamese
 * @param messageEn the reason in English
 */
record Rule(String code, double weight, String category, Pattern pattern, @Nullable Set<String> triggers,
		boolean negatable, String messageVi, String messageEn) {

	static Rule of(String code, double weight, String category, String regex, String messageVi, String messageEn) {
		return new Rule(code, weight, category, Pattern.compile(regex), RuleTriggers.of(regex), false, messageVi,
				messageEn);
	}

	/** The same rule, silenced when a negation precedes its match. */
	Rule negated() {
		return new Rule(this.code, this.weight, this.category, this.pattern, this.triggers, true, this.messageVi,
				this.messageEn);
	}

	/** Whether the rule can match a text made of these words. */
	boolean mayMatch(Set<String> words, String text) {
		if (this.triggers == null) {
			return true;
		}
		for (String trigger : this.triggers) {
			if ((trigger.indexOf(' ') < 0) ? words.contains(trigger) : text.contains(trigger)) {
				return true;
			}
		}
		return false;
	}

}
