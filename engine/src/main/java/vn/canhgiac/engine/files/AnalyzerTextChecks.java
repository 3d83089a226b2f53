package vn.canhgiac.engine.files;

import java.util.List;
import java.util.Locale;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.text.MessageAnalyzer;
import vn.canhgiac.engine.text.MessageReport;
import vn.canhgiac.engine.text.MessageVerdict;
import vn.canhgiac.engine.url.UrlAnalyzer;
import vn.canhgiac.engine.url.UrlReport;
import vn.canhgiac.engine.url.UrlVerdict;

/**
 * The message and link analyzers of the {@code text} and {@code url} packages, with their
 * verdicts carried over to the file scale: a scam message or a dangerous link makes a
 * dangerous file, whatever the exact score.
 */
final class AnalyzerTextChecks implements TextChecks {

	/** Long documents are judged on their beginning; scams say what they want early. */
	private static final int MAX_TEXT_CHARS = 200_000;

	private static final Result NOTHING = new Result(0, "none", List.of(), List.of());

	private final MessageAnalyzer messages;

	private final UrlAnalyzer urls;

	AnalyzerTextChecks(MessageAnalyzer messages, UrlAnalyzer urls) {
		this.messages = messages;
		this.urls = urls;
	}

	@Override
	public Result message(String text) {
		String head = (text.length() > MAX_TEXT_CHARS) ? text.substring(0, MAX_TEXT_CHARS) : text;
		if (head.isBlank()) {
			return NOTHING;
		}
		try {
			MessageReport report = this.messages.analyze(head);
			double score = onFileScale(report.score(), report.verdict() == MessageVerdict.SCAM,
					report.verdict() == MessageVerdict.SUSPICIOUS);
			return new Result(score, report.category(), report.signals(), report.indicators());
		}
		catch (InputRejected ex) {
			return NOTHING;
		}
	}

	@Override
	public Result link(String url) {
		String lower = url.strip().toLowerCase(Locale.ROOT);
		if (lower.isEmpty() || lower.startsWith("#") || lower.startsWith("mailto:") || lower.startsWith("tel:")
				|| lower.startsWith("cid:")) {
			return NOTHING;
		}
		try {
			UrlReport report = this.urls.analyze(url);
			double score = onFileScale(report.score(), report.verdict() == UrlVerdict.DANGEROUS,
					report.verdict() == UrlVerdict.SUSPICIOUS);
			return new Result(score, report.category(), report.signals(), report.indicators());
		}
		catch (InputRejected ex) {
			return NOTHING;
		}
	}

	/** Keeps the other analyzer's verdict when its thresholds differ from the file's. */
	private static double onFileScale(double score, boolean worst, boolean middle) {
		if (worst) {
			return Math.max(score, Verdicts.DANGEROUS_FROM);
		}
		if (middle) {
			return Math.min(Math.max(score, Verdicts.SUSPICIOUS_FROM), Verdicts.DANGEROUS_FROM - 0.001);
		}
		return Math.min(score, Verdicts.SUSPICIOUS_FROM - 0.001);
	}

}
