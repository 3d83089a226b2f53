package vn.canhgiac.app.checks.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The checked text cut into pieces, the risky ones marked with the number of their
 * reason. Rendered with th:text, so the text can never inject markup.
 */
public record HighlightedText(List<Piece> pieces) {

	public record Piece(String text, @Nullable Integer marker) {

		public boolean marked() {
			return this.marker != null;
		}

	}

	static HighlightedText of(String text, List<CheckView.Reason> reasons) {
		List<CheckView.Reason> spans = reasons.stream()
			.filter((r) -> r.start() != null && r.end() != null && r.start() < r.end() && r.end() <= text.length())
			.sorted(Comparator.comparing(CheckView.Reason::start))
			.toList();
		List<Piece> pieces = new ArrayList<>();
		int position = 0;
		for (CheckView.Reason reason : spans) {
			int start = Math.max(reason.start(), position);
			if (start >= reason.end()) {
				continue;
			}
			if (start > position) {
				pieces.add(new Piece(text.substring(position, start), null));
			}
			pieces.add(new Piece(text.substring(start, reason.end()), reason.marker()));
			position = reason.end();
		}
		if (position < text.length()) {
			pieces.add(new Piece(text.substring(position), null));
		}
		return new HighlightedText(pieces);
	}

}
