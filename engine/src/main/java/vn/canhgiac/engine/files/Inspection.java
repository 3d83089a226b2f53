package vn.canhgiac.engine.files;

import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.TextSpan;

/**
 * What the inspectors of one file share: the limits, the inflation budget of the whole
 * top-level file, the nesting depth, the message and link checks, and a way back into the
 * file checks for archive entries and attachments.
 */
final class Inspection {

	final FileLimits limits;

	final TextChecks textChecks;

	final Findings findings = new Findings();

	private final int depth;

	private static final int MAX_LINKS = 50;

	private final Budget budget;

	private int linksChecked;

	private final Nested nested;

	interface Nested {

		FileReport analyze(byte[] bytes, String fileName, int depth, Budget budget);

	}

	Inspection(FileLimits limits, TextChecks textChecks, int depth, Budget budget, Nested nested) {
		this.limits = limits;
		this.textChecks = textChecks;
		this.depth = depth;
		this.budget = budget;
		this.nested = nested;
	}

	int depth() {
		return this.depth;
	}

	/**
	 * Checks a file found inside this one (archive entry, attachment) one level deeper.
	 */
	FileReport nested(byte[] bytes, String fileName) {
		if (this.depth + 1 > this.limits.maxNesting()) {
			throw Rejections.tooDeep(this.limits.maxNesting());
		}
		return this.nested.analyze(bytes, fileName, this.depth + 1, this.budget);
	}

	/** Reserves inflation budget, or refuses the whole file as a bomb. */
	void inflate(long bytes) {
		this.budget.inflate(bytes);
	}

	boolean takeOcrImage() {
		return this.budget.takeOcrImage();
	}

	long remainingBudget() {
		return this.budget.remainingBytes();
	}

	/** Runs the message checks on text read from this file and keeps their reasons. */
	void checkText(String text) {
		if (text.isBlank()) {
			return;
		}
		int offset = this.findings.appendText(text);
		TextChecks.Result result = this.textChecks.message(text);
		for (Signal signal : result.signals()) {
			TextSpan span = signal.span();
			Signal shifted = (span == null) ? signal : new Signal(signal.code(), signal.weight(),
					new TextSpan(span.start() + offset, span.end() + offset), signal.messageVi(), signal.messageEn());
			this.findings.report(shifted);
		}
		result.indicators().forEach(this.findings::indicator);
		this.findings.verdicts.add(new Findings.Scored(result.score(), result.category()));
	}

	/**
	 * Runs the link checks on a link found in this file. Phishing needs a handful of
	 * links; thousands are padding meant to slow the check, so only the first ones are
	 * judged.
	 */
	void checkLink(String url) {
		if (++this.linksChecked > MAX_LINKS) {
			if (this.linksChecked == MAX_LINKS + 1) {
				this.findings.notes.add("Only the first " + MAX_LINKS + " links of this file were checked.");
			}
			return;
		}
		TextChecks.Result result = this.textChecks.link(url);
		result.signals().forEach(this.findings::report);
		result.indicators().forEach(this.findings::indicator);
		this.findings.verdicts.add(new Findings.Scored(result.score(), result.category()));
	}

	/** Runs the link checks on a bare domain (a sender's), keeping only their reasons. */
	void checkDomain(String domain) {
		TextChecks.Result result = this.textChecks.link(domain);
		result.signals().forEach(this.findings::report);
		this.findings.verdicts.add(new Findings.Scored(result.score(), result.category()));
	}

}
