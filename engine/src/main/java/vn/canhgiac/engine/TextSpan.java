package vn.canhgiac.engine;

/**
 * A half-open range {@code [start, end)} of UTF-16 char indices into the text that was
 * analysed, as written by the sender (before normalisation).
 */
public record TextSpan(int start, int end) {

	public TextSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
		}
	}

}
