package vn.canhgiac.engine.indicators;

import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.canhgiac.engine.TextSpan;

/**
 * A rewritten copy of a text that remembers, for every char, which range of the original
 * produced it, so that a match found in the rewritten text can be reported as a span of
 * what the sender actually wrote.
 */
final class FoldedText {

	private final String text;

	private final int[] originalStart;

	private final int[] originalEnd;

	private FoldedText(String text, int[] originalStart, int[] originalEnd) {
		this.text = text;
		this.originalStart = originalStart;
		this.originalEnd = originalEnd;
	}

	String text() {
		return this.text;
	}

	int length() {
		return this.text.length();
	}

	TextSpan originalSpan(int start, int end) {
		return new TextSpan(this.originalStart[start], this.originalEnd[end - 1]);
	}

	/**
	 * Replaces every match of {@code pattern}; each char of a replacement maps to the
	 * original range of the whole match.
	 */
	FoldedText replaceAll(Pattern pattern, Function<MatchResult, String> replacement) {
		Matcher matcher = pattern.matcher(this.text);
		if (!matcher.find()) {
			return this;
		}
		Builder builder = new Builder(this.text.length());
		int last = 0;
		do {
			for (int i = last; i < matcher.start(); i++) {
				builder.append(this.text.charAt(i), this.originalStart[i], this.originalEnd[i]);
			}
			String with = replacement.apply(matcher);
			if (matcher.end() > matcher.start()) {
				int from = this.originalStart[matcher.start()];
				int to = this.originalEnd[matcher.end() - 1];
				builder.append(with, from, to);
			}
			last = matcher.end();
		}
		while (matcher.find());
		for (int i = last; i < this.text.length(); i++) {
			builder.append(this.text.charAt(i), this.originalStart[i], this.originalEnd[i]);
		}
		return builder.build();
	}

	static final class Builder {

		private final StringBuilder text;

		private int[] start;

		private int[] end;

		Builder(int capacity) {
			this.text = new StringBuilder(capacity);
			this.start = new int[Math.max(16, capacity)];
			this.end = new int[Math.max(16, capacity)];
		}

		void append(char c, int from, int to) {
			int at = this.text.length();
			if (at == this.start.length) {
				this.start = Arrays.copyOf(this.start, at * 2);
				this.end = Arrays.copyOf(this.end, at * 2);
			}
			this.text.append(c);
			this.start[at] = from;
			this.end[at] = to;
		}

		void append(CharSequence s, int from, int to) {
			for (int i = 0; i < s.length(); i++) {
				append(s.charAt(i), from, to);
			}
		}

		FoldedText build() {
			int n = this.text.length();
			return new FoldedText(this.text.toString(), Arrays.copyOf(this.start, n), Arrays.copyOf(this.end, n));
		}

	}

}
