package vn.canhgiac.engine.text;

import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The words with which a rule's matches can begin, read off its regular expression, so
 * that a rule whose first words are absent from a message is skipped without running the
 * regex: Java's engine tries every alternative at every position, which made the full
 * rule set the slowest part of a message check.
 */
final class RuleTriggers {

	private RuleTriggers() {
	}

	/**
	 * The possible first words, or null when they cannot be known (the rule always runs).
	 */
	static @Nullable Set<String> of(String regex) {
		Set<String> words = new HashSet<>();
		for (String alternative : splitTopLevel(regex)) {
			Set<String> first = first(alternative, 0);
			if (first == null) {
				return null;
			}
			words.addAll(first);
		}
		return words;
	}

	private static @Nullable Set<String> first(String s, int from) {
		int i = from;
		while (s.startsWith("\\b", i) || s.startsWith("^", i)) {
			i += s.startsWith("\\b", i) ? 2 : 1;
		}
		if (i >= s.length()) {
			return null;
		}
		char c = s.charAt(i);
		if (c == '(') {
			int close = matching(s, i);
			if (close < 0) {
				return null;
			}
			String inner = s.substring(i + 1, close);
			if (inner.startsWith("?:")) {
				inner = inner.substring(2);
			}
			else if (inner.startsWith("?")) {
				return null;
			}
			Set<String> words = of(inner);
			if (words == null) {
				return null;
			}
			if (close + 1 < s.length() && (s.charAt(close + 1) == '?' || s.charAt(close + 1) == '*')) {
				Set<String> rest = first(s, close + 2);
				if (rest == null) {
					return null;
				}
				words.addAll(rest);
			}
			return words;
		}
		if (Character.isLetterOrDigit(c)) {
			// The literal phrase up to the first operator: "tai khoan" is a far rarer
			// trigger than "tai".
			int end = i;
			while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == ' ')) {
				end++;
			}
			if (end < s.length() && "?*{".indexOf(s.charAt(end)) >= 0) {
				// A quantifier binds the last char only: keep the words before it.
				end = s.lastIndexOf(' ', end - 1);
				if (end <= i) {
					return null;
				}
			}
			String phrase = s.substring(i, end).strip();
			if (end < s.length() && s.charAt(end) == '[' || phrase.isEmpty()) {
				int space = phrase.lastIndexOf(' ');
				if (space <= 0) {
					return null;
				}
				phrase = phrase.substring(0, space);
			}
			Set<String> word = new HashSet<>();
			word.add(phrase);
			return word;
		}
		return null;
	}

	private static java.util.List<String> splitTopLevel(String s) {
		java.util.List<String> parts = new java.util.ArrayList<>();
		int depth = 0;
		boolean inClass = false;
		int start = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				parts.add(s.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(s.substring(start));
		return parts;
	}

	private static int matching(String s, int open) {
		int depth = 0;
		boolean inClass = false;
		for (int i = open; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

}
