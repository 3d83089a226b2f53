package vn.canhgiac.engine.url;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.Indicators;

/**
 * Judges a link from its text alone — it is never resolved, fetched or opened, so
 * checking a link cannot warn its owner or be turned against internal servers.
 * Thread-safe.
 */
public final class UrlAnalyzer {

	/** At or above: dangerous. */
	static final double DANGEROUS_SCORE = 0.7;

	/** At or above: suspicious. */
	static final double SUSPICIOUS_SCORE = 0.3;

	private static final int MAX_URL_CHARS = 8192;

	private final UrlBlocklist blocklist;

	public UrlAnalyzer(UrlBlocklist blocklist) {
		this.blocklist = blocklist;
	}

	/** An analyser without intelligence: look-alike and structure checks only. */
	public UrlAnalyzer() {
		this(UrlBlocklist.NONE);
	}

	/**
	 * @throws InputRejected when the text is empty, too long or not a link
	 */
	public UrlReport analyze(String written) {
		String url = written.strip();
		if (url.isEmpty()) {
			throw new InputRejected("empty", "Chưa nhập đường link.", "No link was given.");
		}
		if (url.length() > MAX_URL_CHARS) {
			throw new InputRejected("too_large", "Đường link quá dài (tối đa 8192 ký tự).",
					"The link is too long (at most 8192 characters).");
		}
		String scheme = url.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
		if (scheme.startsWith("javascript:") || scheme.startsWith("data:") || scheme.startsWith("vbscript:")) {
			return scriptLink();
		}
		ParsedUrl parsed = UrlParser.parse(url);
		if (parsed == null || !parsed.ipHost() && !parsed.asciiHost().contains(".")) {
			throw new InputRejected("not_a_link",
					"Không đọc được đường link; hãy dán một địa chỉ web như vidu.vn/trang.",
					"This is not a readable link; paste a web address such as example.vn/page.");
		}
		LinkInspection inspection = new LinkInspection(parsed);
		Findings findings = inspection.inspect();
		Optional<String> listed = this.blocklist.lookup(parsed.asciiHost(), url);
		listed.ifPresent((where) -> findings.add("blocklisted", 1.0, "reported_scam", null,
				"Link đã bị báo cáo lừa đảo: " + where + ".", "The link has been reported as a scam: " + where + "."));
		return report(findings, inspection.hostName(), Indicators.extract(url));
	}

	private UrlReport report(Findings findings, HostName name, List<Indicator> indicators) {
		double score = Math.round(findings.score() * 1000) / 1000.0;
		UrlVerdict verdict = (score >= DANGEROUS_SCORE) ? UrlVerdict.DANGEROUS
				: (score >= SUSPICIOUS_SCORE) ? UrlVerdict.SUSPICIOUS : UrlVerdict.NO_SIGNS;
		List<Findings.Finding> strongest = findings.strongestFirst();
		String category = strongest.isEmpty() ? "none" : strongest.get(0).category();
		List<Signal> signals = strongest.stream().map(Findings.Finding::signal).toList();
		boolean download = findings.has("app_download") || findings.has("program_download");
		return new UrlReport(verdict, score, category, signals, indicators, UrlAdvice.forVerdict(verdict, download),
				findings.brand(), name.host(), name.registrableDomain());
	}

	private UrlReport scriptLink() {
		Findings findings = new Findings();
		findings.add("script_link", 0.9, "malicious_script", null,
				"Đây không phải trang web mà là đoạn mã chạy ngay khi bấm vào.",
				"This is not a web page but code that runs when clicked.");
		return report(findings, new HostName("", "", "", "", ""), List.of());
	}

}
