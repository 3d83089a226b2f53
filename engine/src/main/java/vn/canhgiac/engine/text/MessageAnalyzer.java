package vn.canhgiac.engine.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.MappedText;
import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.TextSpan;
import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.IndicatorType;
import vn.canhgiac.engine.indicators.Indicators;
import vn.canhgiac.engine.url.UrlAnalyzer;
import vn.canhgiac.engine.url.UrlReport;
import vn.canhgiac.engine.url.UrlVerdict;

/**
 * Decides whether a message (SMS, chat, e-mail body, OCR text) is a scam: explainable
 * rule signals with spans, the links in it judged by {@link UrlAnalyzer}, a statistical
 * model, all combined as a noisy-OR, then damped when the text reads as a warning about
 * scams rather than a scam. Thread-safe.
 */
public final class MessageAnalyzer {

	/** At most this many chars (about 1 MB of Vietnamese) are analysed. */
	public static final int MAX_CHARS = 1_000_000;

	/** How much of a long text the rules and the model read. */
	static final int ANALYSED_CHARS = 50_000;

	static final double SCAM_SCORE = 0.7;

	static final double SUSPICIOUS_SCORE = 0.4;

	/** How much of a score survives when the text is a warning about scams. */
	private static final double WARNING_DAMPING = 0.3;

	private static final int MAX_LINKS = 10;

	/** Hosts under gov.vn and edu.vn, registered only to agencies and schools. */
	private static final java.util.regex.Pattern PUBLIC_SECTOR_HOST = java.util.regex.Pattern
		.compile("^(https?://)?[^/?#]*\\.(gov|edu)\\.vn(:\\d+)?([/?#]|$)", java.util.regex.Pattern.CASE_INSENSITIVE);

	private final UrlAnalyzer urls;

	public MessageAnalyzer(UrlAnalyzer urls) {
		this.urls = urls;
	}

	public MessageAnalyzer() {
		this(new UrlAnalyzer());
	}

	/**
	 * @throws InputRejected when the text is empty or longer than {@link #MAX_CHARS}
	 */
	public MessageReport analyze(String text) {
		return analyze(text, SenderKind.UNKNOWN);
	}

	/**
	 * @param sender who the message came from, as the recipient sees it
	 * @throws InputRejected when the text is empty or longer than {@link #MAX_CHARS}
	 */
	public MessageReport analyze(String text, SenderKind sender) {
		if (text.length() > MAX_CHARS
				|| text.length() > MAX_CHARS / 3 && text.getBytes(StandardCharsets.UTF_8).length > MAX_CHARS) {
			throw new InputRejected("too_large", "Tin nhắn quá dài (tối đa 1 MB).",
					"The message is too long (at most 1 MB).");
		}
		if (text.isBlank()) {
			throw new InputRejected("empty", "Tin nhắn trống: hãy dán nội dung cần kiểm tra.",
					"The message is empty: paste the text to check.");
		}
		// Rules and the model read the beginning of long texts only: a scam shows its
		// hand
		// early, and regex rules over a whole megabyte would take seconds. Indicators are
		// still taken from the whole text.
		boolean truncated = text.length() > ANALYSED_CHARS;
		String analysed = truncated ? text.substring(0, safeCut(text, ANALYSED_CHARS)) : text;
		MappedText normalized = MessageNormalizer.normalize(analysed);
		String plain = normalized.text();
		List<Weighted> signals = new ArrayList<>();
		Set<String> fired = new LinkedHashSet<>();
		Set<String> words = words(plain);
		for (Rule rule : MessageRules.ALL) {
			if (!rule.mayMatch(words, plain)) {
				continue;
			}
			TextSpan span = firstMatch(rule, normalized);
			if (span != null) {
				fired.add(rule.code());
				signals.add(new Weighted(signal(rule.code(), rule.weight(), span, rule.messageVi(), rule.messageEn()),
						rule.category()));
			}
		}
		obfuscation(analysed, signals);
		if (truncated) {
			signals.add(new Weighted(signal("long_text_beginning_only", 0, null,
					"Văn bản dài: chỉ phân tích dấu hiệu trong 50.000 ký tự đầu (thông tin liên hệ lấy từ toàn bộ).",
					"Long text: signals come from the first 50,000 characters (contacts from all of it)."), "other"));
		}
		List<Indicator> indicators = Indicators.extract(text);
		links(indicators, signals);
		compounds(fired, plain, indicators, signals);
		if (sender == SenderKind.PERSONAL_NUMBER) {
			fromPersonalNumber(plain, indicators, signals);
		}
		double p = ScamClassifier.instance().probability(plain);
		double modelWeight = modelWeight(p);
		if (modelWeight >= 0.05) {
			signals.add(new Weighted(signal("statistical_model", modelWeight, null,
					"Cách viết giống các tin nhắn lừa đảo đã biết (mô hình thống kê).",
					"The wording resembles known scam messages (statistical model)."), "other"));
		}
		double score = noisyOr(signals);
		boolean warning = readsAsWarning(plain);
		if (warning) {
			score *= WARNING_DAMPING;
			signals.add(new Weighted(
					signal("reads_as_warning", 0, null,
							"Văn bản có dạng cảnh báo, khuyến cáo về lừa đảo (nói về thủ đoạn, khuyên không làm theo).",
							"The text reads as a warning about scams (describes the trick, advises against it)."),
					"official_warning"));
		}
		score = Math.round(score * 1000) / 1000.0;
		MessageVerdict verdict = (score >= SCAM_SCORE) ? MessageVerdict.SCAM
				: (score >= SUSPICIOUS_SCORE) ? MessageVerdict.SUSPICIOUS : MessageVerdict.NO_SIGNS;
		signals.sort(Comparator.comparingDouble((Weighted w) -> w.signal().weight()).reversed());
		String category = category(signals, warning, verdict);
		boolean links = indicators.stream()
			.anyMatch((i) -> i.type() == IndicatorType.URL || i.type() == IndicatorType.DOMAIN);
		return new MessageReport(verdict, score, category, signals.stream().map(Weighted::signal).toList(), indicators,
				MessageAdvice.forVerdict(verdict, category, links));
	}

	/**
	 * The model's probability as a signal weight: nothing up to
	 * {@link ScamClassifier#QUIET_BELOW}, rising to the suspicious level at
	 * {@link ScamClassifier#ALONE_FROM}, at most 0.45.
	 */
	static double modelWeight(double p) {
		double w = SUSPICIOUS_SCORE * (p - ScamClassifier.QUIET_BELOW)
				/ (ScamClassifier.ALONE_FROM - ScamClassifier.QUIET_BELOW);
		return Math.min(0.45, Math.max(0, w));
	}

	/** A cut that does not split a surrogate pair. */
	private static int safeCut(String text, int at) {
		return Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
	}

	private static Set<String> words(String plain) {
		Set<String> words = new java.util.HashSet<>();
		int start = -1;
		for (int i = 0; i <= plain.length(); i++) {
			boolean word = i < plain.length() && Character.isLetterOrDigit(plain.charAt(i));
			if (word && start < 0) {
				start = i;
			}
			else if (!word && start >= 0) {
				words.add(plain.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	private record Weighted(Signal signal, String category) {
	}

	private static @Nullable TextSpan firstMatch(Rule rule, MappedText normalized) {
		Matcher m = rule.pattern().matcher(normalized.text());
		while (m.find()) {
			if (rule.negatable()) {
				String before = normalized.text().substring(Math.max(0, m.start() - 30), m.start());
				if (MessageRules.NEGATION_BEFORE.matcher(before).find()) {
					continue;
				}
			}
			return normalized.originalSpan(m.start(), m.end());
		}
		return null;
	}

	private void links(List<Indicator> indicators, List<Weighted> signals) {
		Set<String> seen = new LinkedHashSet<>();
		for (Indicator indicator : indicators) {
			if ((indicator.type() != IndicatorType.URL && indicator.type() != IndicatorType.DOMAIN)
					|| !seen.add(indicator.normalized()) || seen.size() > MAX_LINKS) {
				continue;
			}
			UrlReport report;
			try {
				report = this.urls.analyze(indicator.normalized());
			}
			catch (InputRejected ex) {
				continue;
			}
			String imitates = (report.imitates() != null) ? " (" + report.imitates() + ")" : "";
			if (report.verdict() == UrlVerdict.DANGEROUS) {
				// A link dressed up as a named bank, agency or shop is the scam itself.
				signals.add(new Weighted(signal("dangerous_link", (report.imitates() != null) ? SCAM_SCORE : 0.6,
						indicator.span(), "Đường link nguy hiểm" + imitates + ": " + reason(report, true),
						"Dangerous link" + imitates + ": " + reason(report, false)), report.category()));
			}
			else if (report.verdict() == UrlVerdict.SUSPICIOUS) {
				// A search engine's or site's redirect wrapped around another address
				// hides
				// where a message really leads; no bank or agency sends one.
				boolean redirect = report.signals().stream().anyMatch((s) -> s.code().equals("redirect_link"));
				signals.add(new Weighted(signal("suspicious_link", redirect ? 0.45 : 0.35, indicator.span(),
						"Đường link đáng ngờ: " + reason(report, true), "Suspicious link: " + reason(report, false)),
						report.category()));
			}
		}
	}

	private static void obfuscation(String text, List<Weighted> signals) {
		Obfuscation.Finding found = Obfuscation.find(text);
		if (found.tokens() >= 2) {
			signals.add(new Weighted(signal("obfuscated_text", (found.tokens() >= 4) ? 0.55 : 0.35, found.first(),
					"Chữ bị viết lách luật (chèn số, dấu, ký tự lạ vào giữa từ) để qua mặt bộ lọc tin rác.",
					"Words are disguised (digits, punctuation or odd letters inside words) to slip past spam filters."),
					"spam"));
		}
		if (found.tail() != null) {
			signals.add(new Weighted(signal("random_tag", 0.3, found.tail(),
					"Chuỗi ký tự ngẫu nhiên cuối tin — dấu hiệu tin nhắn hàng loạt né bộ lọc.",
					"A random tag at the end, typical of bulk messages dodging filters."), "spam"));
		}
	}

	private static String reason(UrlReport report, boolean vietnamese) {
		if (report.signals().isEmpty()) {
			return "";
		}
		Signal strongest = report.signals().get(0);
		return vietnamese ? strongest.messageVi() : strongest.messageEn();
	}

	/** Schemes are recognised by their parts appearing together. */
	private static void compounds(Set<String> fired, String plain, List<Indicator> indicators, List<Weighted> signals) {
		boolean sensitive = fired.contains("sensitive_media");
		boolean threat = fired.contains("threat_to_expose");
		boolean payment = fired.contains("payment_demand");
		boolean deadline = fired.contains("deadline");
		boolean detective = fired.contains("private_detective");
		boolean debt = fired.contains("debt_threat");
		if (sensitive && (threat || payment || deadline || detective) || threat && (payment || debt) && deadline
				|| detective && (threat || payment)) {
			signals.add(new Weighted(
					signal("extortion_scheme", 0.85, null,
							"Đủ các yếu tố của tống tiền: ảnh/clip nhạy cảm, đe dọa phát tán, đòi tiền, hạn chót.",
							"All parts of extortion: sensitive images, threat to expose, payment demand, deadline."),
					"extortion"));
		}
		boolean authority = MessageRules.AUTHORITY.matcher(plain).find();
		if (authority && (fired.contains("legal_threat") || fired.contains("safe_account")
				|| fired.contains("secrecy_demand") || fired.contains("credential_request")
				|| fired.contains("egov_update") || fired.contains("app_install") || fired.contains("utility_cutoff")
				|| fired.contains("move_to_chat") || fired.contains("traffic_fine") || payment)) {
			signals.add(new Weighted(signal("authority_impersonation", 0.55, null,
					"Mạo danh cơ quan nhà nước (công an, viện kiểm sát, tòa án, thuế, BHXH, điện lực) để ra yêu cầu.",
					"Impersonates an authority (police, procuracy, court, tax, social insurance, utility) to make demands."),
					"authority_impersonation"));
		}
		boolean wallet = indicators.stream().anyMatch((i) -> i.type() == IndicatorType.CRYPTO_WALLET);
		if (wallet && (payment || threat || fired.contains("investment_or_task"))) {
			signals.add(new Weighted(signal("crypto_payment", 0.35, null, "Đòi trả tiền vào ví tiền mã hóa.",
					"Demands payment to a crypto wallet."), "payment"));
		}
	}

	/**
	 * Banks, operators, shops and agencies text under a registered brand name; one
	 * speaking from an ordinary phone number is someone else using its name. Links from
	 * unknown numbers are the usual way phishing pages arrive.
	 */
	private static void fromPersonalNumber(String plain, List<Indicator> indicators, List<Weighted> signals) {
		// A one-time code that warns not to share it harms no one, whoever sends it, and
		// such codes often come through ordinary-looking numbers.
		boolean codeDelivery = MessageRules.CODE_DELIVERY.matcher(plain).find()
				&& MessageRules.PROTECTIVE_ADVICE.matcher(plain).find();
		if (!codeDelivery && MessageRules.ORGANISATION_VOICE.matcher(plain).find()) {
			signals.add(new Weighted(signal("organisation_from_personal_number", 0.45, null,
					"Tin nhắn xưng là ngân hàng, nhà mạng, doanh nghiệp hoặc cơ quan nhưng gửi từ số điện thoại cá nhân — "
							+ "các đơn vị này nhắn tin bằng tên thương hiệu (brandname).",
					"The message speaks as a bank, operator, company or agency but comes from an ordinary phone number;"
							+ " these send texts under their brand name."),
					"brand_impersonation"));
		}
		if (indicators.stream()
			.anyMatch((i) -> (i.type() == IndicatorType.URL || i.type() == IndicatorType.DOMAIN)
					&& !PUBLIC_SECTOR_HOST.matcher(i.normalized()).find())) {
			signals.add(new Weighted(signal("link_from_personal_number", 0.25, null,
					"Đường link gửi từ số điện thoại lạ — cách thường gặp để dẫn tới trang lừa đảo.",
					"A link from an ordinary phone number, the usual way scam pages arrive."), "other"));
		}
	}

	private static boolean readsAsWarning(String plain) {
		long warningWords = MessageRules.WARNING_WORDS.matcher(plain)
			.results()
			.map((r) -> r.group())
			.distinct()
			.count();
		long protective = MessageRules.PROTECTIVE_ADVICE.matcher(plain)
			.results()
			.map((r) -> r.group())
			.distinct()
			.count();
		return protective >= 1 && warningWords >= 1 || protective >= 2 || warningWords >= 2;
	}

	private static String category(List<Weighted> signals, boolean warning, MessageVerdict verdict) {
		if (warning && verdict == MessageVerdict.NO_SIGNS) {
			return "official_warning";
		}
		for (Weighted w : signals) {
			if (w.signal().weight() > 0 && !w.signal().code().equals("statistical_model")
					&& !w.category().equals("urgency") && !w.category().equals("payment")
					&& !w.category().equals("spam")) {
				return w.category();
			}
		}
		return signals.isEmpty() || verdict == MessageVerdict.NO_SIGNS ? "none" : "other";
	}

	private static double noisyOr(List<Weighted> signals) {
		double none = 1;
		for (Weighted w : signals) {
			none *= 1 - w.signal().weight();
		}
		return 1 - none;
	}

	private static Signal signal(String code, double weight, @Nullable TextSpan span, String vi, String en) {
		return new Signal(code, Math.round(weight * 1000) / 1000.0, span, vi, en);
	}

}
