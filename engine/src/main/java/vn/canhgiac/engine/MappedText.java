package vn.canhgiac.engine;

import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rewritten copy of a text that remembers, for every char, which range of the original
 * produced it, so that a match found in the rewritten text can be reported as a span of
 * what the sender actually wrote. Shared by the message normaliser and the indicator
 * scanner.
 */
public final class MappedText {

	private final String text;

	private final int[] originalStart;

	private final int[] originalEnd;

	private MappedText(String text, int[] originalStart, int[] originalEnd) {
		this.text = text;
		this.originalStart = originalStart;
		this.originalEnd = originalEnd;
	}

	public String text() {
		return this.text;
	}

	public int length() {
		return this.text.length();
	}

	public TextSpan originalSpan(int start, int end) {
		return new TextSpan(this.originalStart[start], this.originalEnd[end - 1]);
	}

	/**
	 * Replaces every match of {@code pattern}; each char of a replacement maps to the
	 * original range of the whole match.
	 */
	public MappedText replaceAll(Pattern pattern, Function<MatchResult, String> replacement) {
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

	public static final class Builder {

		private final StringBuilder text;

		private int[] start;

		private int[] end;

		public Builder(int capacity) {
			this.text = new StringBuilder(capacity);
			this.start = new int[Math.max(16, capacity)];
			this.end = new int[Math.max(16, capacity)];
		}

		public void append(char c, int from, int to) {
			int at = this.text.length();
			if (at == this.start.length) {
				this.start = Arrays.copyOf(this.start, at * 2);
				this.end = Arrays.copyOf(this.end, at * 2);
			}
			this.text.append(c);
			this.start[at] = from;
			this.end[at] = to;
		}

		public void append(CharSequence s, int from, int to) {
			for (int i = 0; i < s.length(); i++) {
				append(s.charAt(i), from, to);
			}
		}

		public MappedText build() {
			int n = this.text.length();
			return new MappedText(this.text.toString(), Arrays.copyOf(this.start, n), Arrays.copyOf(this.end, n));
		}

	}

}
