package vn.canhgiac.engine.indicators;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.MappedText;
import vn.canhgiac.engine.TextSpan;

/**
 * One pass over a folded text. Extractors run from the most to the least specific, and
 * every char taken by one is closed to the others: an e-mail's domain is not also a
 * domain, a {@code t.me} link not also a URL, an amount or an account number not also a
 * phone.
 */
final class IndicatorScanner {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern GAP = Pattern.compile("[ \\u00a0]?[.\\-–][ \\u00a0]?|[ \\u00a0]{1,2}"
			+ "|[ \\u00a0]?\\)[ \\u00a0]?\\(?[ \\u00a0]?|[ \\u00a0]?\\([ \\u00a0]?");

	private static final Pattern DATE = Pattern
		.compile("(?:0?[1-9]|[12]\\d|3[01])[.\\-](?:0?[1-9]|1[0-2])[.\\-](?:\\d{2}|\\d{4})");

	private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+|[1-9]\\d{0,2}(?:,\\d{3})+");

	private static final Pattern CONTACT_WORD_GLUED = Pattern.compile("(?:lh|sdt|dt|zalo|zl|tel|hotline|stk|tk|so)$");

	private final String original;

	private final MappedText folded;

	private final String text;

	private final String plain;

	private final BitSet claimed = new BitSet();

	private final List<Indicator> found = new ArrayList<>();

	private @Nullable List<BankDirectory.Mention> bankMentions;

	IndicatorScanner(String original) {
		this.original = original;
		this.folded = IndicatorFolding.fold(original);
		this.text = folded.text();
		this.plain = PlainLetters.of(this.text);
	}

	List<Indicator> scan() {
		emails();
		messengerLinks();
		links();
		handles();
		wallets();
		amounts();
		numbers();
		this.found.sort(Comparator.comparingInt((Indicator i) -> (i.span() != null) ? i.span().start() : 0));
		return List.copyOf(this.found);
	}

	private void emails() {
		Matcher m = WebAddresses.EMAIL.matcher(this.text);
		while (m.find()) {
			String domain = WebAddresses.asciiHost(m.group(1));
			if (domain != null && WebAddresses.isRegistrable(domain) && isFree(m.start(), m.end())) {
				add(IndicatorType.EMAIL, m.start(), m.end(), m.group().toLowerCase(Locale.ROOT), null);
			}
		}
	}

	private void messengerLinks() {
		Matcher m = WebAddresses.TELEGRAM_LINK.matcher(this.text);
		while (m.find()) {
			int end = WebAddresses.trimTrailingPunctuation(this.text, m.start(), m.end());
			if (!isFree(m.start(), end)) {
				continue;
			}
			if (m.group("invite") != null) {
				add(IndicatorType.URL, m.start(), end, this.text.substring(m.start(), end), null);
			}
			else {
				add(IndicatorType.TELEGRAM, m.start(), end, "@" + m.group("handle").toLowerCase(Locale.ROOT), null);
			}
		}
		m = WebAddresses.ZALO_LINK.matcher(this.text);
		while (m.find()) {
			String number = m.group("number");
			String digits = number.replaceAll("\\D", "");
			String e164 = PhoneNumbers.toE164(digits, number.startsWith("+"));
			if (e164 != null && isFree(m.start(), m.end())) {
				add(IndicatorType.ZALO, m.start(), m.end(), e164, null);
			}
		}
	}

	private void links() {
		for (Pattern pattern : List.of(WebAddresses.SCHEMED_URL, WebAddresses.WWW_URL)) {
			Matcher m = pattern.matcher(this.text);
			while (m.find()) {
				int end = WebAddresses.trimTrailingPunctuation(this.text, m.start(), m.end());
				if (end > m.start() && isFree(m.start(), end)) {
					add(IndicatorType.URL, m.start(), end, this.text.substring(m.start(), end), null);
				}
			}
		}
		Matcher m = WebAddresses.BARE_HOST.matcher(this.text);
		while (m.find()) {
			String tld = m.group("tld");
			boolean sentenceStart = Character.isUpperCase(tld.charAt(0)) && !tld.equals(tld.toUpperCase(Locale.ROOT));
			String host = WebAddresses.asciiHost(m.group("host"));
			if (sentenceStart || host == null || !WebAddresses.isRegistrable(host)) {
				continue;
			}
			int end = WebAddresses.trimTrailingPunctuation(this.text, m.start(), m.end());
			if (!isFree(m.start(), end)) {
				continue;
			}
			if (m.group("path") != null && m.end("host") < end) {
				add(IndicatorType.URL, m.start(), end, this.text.substring(m.start(), end), null);
			}
			else {
				add(IndicatorType.DOMAIN, m.start(), m.end("host"), host, null);
			}
		}
	}

	private void handles() {
		Matcher m = WebAddresses.HANDLE.matcher(this.text);
		while (m.find()) {
			if (isFree(m.start(), m.end())) {
				add(IndicatorType.TELEGRAM, m.start(), m.end(), "@" + m.group("handle").toLowerCase(Locale.ROOT), null);
			}
		}
	}

	private void wallets() {
		Matcher m = CryptoWallets.CANDIDATE.matcher(this.text);
		while (m.find()) {
			if (isFree(m.start(), m.end()) && CryptoWallets.isValid(m.group())) {
				add(IndicatorType.CRYPTO_WALLET, m.start(), m.end(), m.group(), null);
			}
		}
	}

	private void amounts() {
		Matcher m = Amounts.CANDIDATE.matcher(this.text);
		while (m.find()) {
			if (!isFree(m.start(), m.end())) {
				continue;
			}
			Amounts.Amount amount = Amounts.of(m);
			if (amount != null) {
				add(IndicatorType.AMOUNT, m.start(), m.end(), amount.normalized(), null);
			}
		}
	}

	private void numbers() {
		List<int[]> chain = new ArrayList<>();
		Matcher m = DIGITS.matcher(this.text);
		while (m.find()) {
			if (!isFree(m.start(), m.end())) {
				numbersIn(chain);
				chain.clear();
				continue;
			}
			if (!chain.isEmpty()
					&& !GAP.matcher(this.text.substring(chain.get(chain.size() - 1)[1], m.start())).matches()) {
				numbersIn(chain);
				chain.clear();
			}
			chain.add(new int[] { m.start(), m.end() });
		}
		numbersIn(chain);
	}

	/** Splits a run of digit groups into the longest numbers that make sense. */
	private void numbersIn(List<int[]> chain) {
		int s = 0;
		while (s < chain.size()) {
			int taken = -1;
			for (int e = Math.min(chain.size() - 1, s + 5); e >= s && taken < 0; e--) {
				if (closesCleanly(chain, s, e) && number(chain, s, e)) {
					taken = e;
				}
			}
			s = (taken >= 0) ? taken + 1 : s + 1;
		}
	}

	/** A number cut out of a longer run must end at a space, not inside "1.080.096". */
	private boolean closesCleanly(List<int[]> chain, int s, int e) {
		boolean startOk = s == 0 || Character.isWhitespace(this.text.charAt(chain.get(s)[0] - 1));
		boolean endOk = e == chain.size() - 1 || Character.isWhitespace(this.text.charAt(chain.get(e)[1]));
		return startOk && endOk;
	}

	private boolean number(List<int[]> chain, int s, int e) {
		int start = chain.get(s)[0];
		int end = chain.get(e)[1];
		StringBuilder digitsBuilder = new StringBuilder();
		for (int i = s; i <= e; i++) {
			digitsBuilder.append(this.text, chain.get(i)[0], chain.get(i)[1]);
		}
		String digits = digitsBuilder.toString();
		if (digits.length() < 6 || digits.length() > 19) {
			return false;
		}
		int spanStart = start;
		boolean plus = false;
		for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
			char c = this.text.charAt(i);
			if (c == '+') {
				plus = true;
				spanStart = i;
				break;
			}
			if (c != '(' && c != ' ') {
				break;
			}
		}
		if (!plus && spanStart > 0 && this.text.charAt(spanStart - 1) == '(') {
			spanStart--;
		}
		String written = this.text.substring(start, end);
		if (!boundariesAreClean(spanStart, end) || DATE.matcher(written).matches()
				|| !plus && THOUSANDS.matcher(written).matches()) {
			return false;
		}
		NumberContext context = NumberContext.before(this.plain, spanStart);
		if (context == NumberContext.NOT_A_CONTACT) {
			return false;
		}
		BankDirectory.Mention bank = nearestBank(spanStart, end);
		boolean zalo = context == NumberContext.ZALO || NumberContext.zaloAfter(this.plain, end);
		boolean phoneWords = context == NumberContext.PHONE || zalo;
		if (context != NumberContext.ACCOUNT && !plus && digits.length() >= 13 && Luhn.hasCardPrefix(digits)
				&& Luhn.isValid(digits)) {
			add(IndicatorType.CARD, spanStart, end, digits, null);
			return true;
		}
		if (!plus && (context == NumberContext.ACCOUNT
				|| bank != null && (context == NumberContext.PAYMENT || !phoneWords))) {
			add(IndicatorType.BANK_ACCOUNT, spanStart, end, digits, (bank != null) ? bank.bank().shortName() : null);
			return true;
		}
		String e164 = PhoneNumbers.toE164(digits, plus);
		if (e164 == null) {
			return false;
		}
		add(zalo ? IndicatorType.ZALO : IndicatorType.PHONE, spanStart, end, e164, null);
		return true;
	}

	/**
	 * Digits glued to letters, slashes or mask characters belong to something else: a
	 * reference ("FT2412…"), a case number ("123/2024/QĐ"), a masked card ("****1234").
	 */
	private boolean boundariesAreClean(int start, int end) {
		if (start > 0) {
			char before = this.text.charAt(start - 1);
			if (Character.isLetter(before)) {
				int wordStart = start - 1;
				while (wordStart > 0 && Character.isLetter(this.plain.charAt(wordStart - 1))) {
					wordStart--;
				}
				if (!CONTACT_WORD_GLUED.matcher(this.plain.substring(wordStart, start)).matches()) {
					return false;
				}
			}
			else if ("/*#•_\\".indexOf(before) >= 0 || isMaskAround(start - 1, -1)
					|| (before == '.' || before == ',' || before == '-') && start > 1
							&& Character.isDigit(this.text.charAt(start - 2))) {
				return false;
			}
		}
		if (end < this.text.length()) {
			char after = this.text.charAt(end);
			if (Character.isLetter(after) || "/*#•%_\\".indexOf(after) >= 0 || isMaskAround(end, 1)
					|| (after == '.' || after == ',' || after == '-') && end + 1 < this.text.length()
							&& Character.isDigit(this.text.charAt(end + 1))) {
				return false;
			}
		}
		return true;
	}

	/** A mask char ({@code *}, {@code x}, {@code •}) one space away: "9704 **** 1234". */
	private boolean isMaskAround(int at, int direction) {
		int i = at;
		if (i >= 0 && i < this.text.length() && this.text.charAt(i) == ' ') {
			i += direction;
		}
		if (i < 0 || i >= this.text.length()) {
			return false;
		}
		char c = this.text.charAt(i);
		if (c == 'x' || c == 'X') {
			// An "x" that ends a word ("Amex") is a letter, not a mask.
			int outer = i + direction;
			return outer < 0 || outer >= this.text.length() || !Character.isLetter(this.text.charAt(outer));
		}
		return c == '*' || c == '•';
	}

	private BankDirectory.@Nullable Mention nearestBank(int start, int end) {
		if (this.bankMentions == null) {
			this.bankMentions = BankDirectory.INSTANCE.mentions(this.plain);
		}
		// Mentions are in text order: look only at the neighbours of the number, so a
		// long
		// text with many numbers and many bank names stays linear.
		List<BankDirectory.Mention> mentions = this.bankMentions;
		int low = 0;
		int high = mentions.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (mentions.get(mid).start() < start) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		BankDirectory.Mention best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (int i = Math.max(0, low - 3); i < Math.min(mentions.size(), low + 3); i++) {
			BankDirectory.Mention mention = mentions.get(i);
			int distance;
			if (mention.end() <= start && start - mention.end() <= 40) {
				distance = start - mention.end();
			}
			else if (mention.start() >= end && mention.start() - end <= 25) {
				distance = mention.start() - end + 5;
			}
			else {
				continue;
			}
			if (distance < bestDistance) {
				bestDistance = distance;
				best = mention;
			}
		}
		return best;
	}

	private boolean isFree(int start, int end) {
		int next = this.claimed.nextSetBit(start);
		return next < 0 || next >= end;
	}

	private void add(IndicatorType type, int start, int end, String normalized, @Nullable String bank) {
		this.claimed.set(start, end);
		TextSpan span = this.folded.originalSpan(start, end);
		String value = this.original.substring(span.start(), span.end());
		this.found.add(new Indicator(type, value, normalized, span, bank));
	}

}
