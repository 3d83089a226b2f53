package vn.canhgiac.bench.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.url.UrlAnalyzer;
import vn.canhgiac.engine.url.UrlVerdict;

/**
 * Link verdicts without the blocklist: recall on the ChongLuaDao phishing list (all of
 * it, and the entries that carry a brand's name — the look-alikes), false positives on a
 * hand-written list of real official addresses.
 */
final class UrlBenchmark {

	/**
	 * Bench-only definition of "carries a brand name", broader than the product's
	 * catalogue on purpose (it includes brands the catalogue does not protect), so the
	 * figure is not the catalogue measuring itself.
	 */
	private static final Pattern BRAND_BEARING = Pattern.compile("vietcombank|vcb|vietinbank|bidv|agribank|techcombank"
			+ "|tcb|mbbank|acb|vpbank|tpbank|sacombank|hdbank|vib|shb|seabank|ocb|msb|eximbank|lienviet|lpbank|momo"
			+ "|zalopay|zalo|vnpay|viettel|vinaphone|mobifone|evn|vnpost|shopee|lazada|tiki|facebook|garena"
			+ "|dichvucong|vneid|bhxh|baohiemxahoi|congan|bocongan|csgt|gov|apple|icloud|google|binance|grab|paypal"
			+ "|amazon|netflix|microsoft|outlook|instagram|gmail|dhl|fedex|ghtk|vietjet|vietnamairlines|sendo"
			+ "|thegioididong|fptshop|cellphones|dienmayxanh|vinfast|vietlott|tiktok|telegram|steam");

	private final UrlAnalyzer analyzer = new UrlAnalyzer();

	void run(Path phishingList) throws IOException {
		List<String> phishing = Files.readAllLines(phishingList, StandardCharsets.UTF_8);
		int all = 0;
		int allFlagged = 0;
		int allDangerous = 0;
		int brand = 0;
		int brandFlagged = 0;
		int brandDangerous = 0;
		for (String entry : phishing) {
			if (entry.isBlank()) {
				continue;
			}
			UrlVerdict verdict = verdict(entry);
			// Entries with a path are reports of one page on a shared host
			// (facebook.com/…,
			// sites.google.com/…): a blocklist matter, not a look-alike name.
			boolean bearing = BRAND_BEARING.matcher(entry.toLowerCase(Locale.ROOT)).find() && !entry.contains("/");
			all++;
			allFlagged += (verdict != UrlVerdict.NO_SIGNS) ? 1 : 0;
			allDangerous += (verdict == UrlVerdict.DANGEROUS) ? 1 : 0;
			if (bearing) {
				brand++;
				brandFlagged += (verdict != UrlVerdict.NO_SIGNS) ? 1 : 0;
				brandDangerous += (verdict == UrlVerdict.DANGEROUS) ? 1 : 0;
			}
		}
		System.out.printf("chongluadao_dev, blocklist off: %d entries%n", all);
		System.out.printf("  look-alikes (%d host names carrying a brand name): flagged %.1f %%, dangerous %.1f %%%n",
				brand, MessageBenchmark.pct(brandFlagged, brand), MessageBenchmark.pct(brandDangerous, brand));
		System.out.printf("  whole list (incl. gambling and random names): flagged %.1f %%, dangerous %.1f %%%n",
				MessageBenchmark.pct(allFlagged, all), MessageBenchmark.pct(allDangerous, all));
		List<String> legit = legitList();
		int legitFlagged = 0;
		for (String url : legit) {
			if (verdict(url) != UrlVerdict.NO_SIGNS) {
				legitFlagged++;
				System.out.println("  legit flagged: " + url);
			}
		}
		System.out.printf("  legit official addresses: %d, flagged %d (%.2f %% false positives)%n", legit.size(),
				legitFlagged, MessageBenchmark.pct(legitFlagged, legit.size()));
	}

	private UrlVerdict verdict(String url) {
		try {
			return this.analyzer.analyze(url).verdict();
		}
		catch (InputRejected ex) {
			return UrlVerdict.NO_SIGNS;
		}
	}

	private static List<String> legitList() throws IOException {
		try (InputStream in = UrlBenchmark.class.getResourceAsStream("legit-urls.txt")) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines().filter((l) -> !l.isBlank() && !l.startsWith("#")).toList();
		}
	}

}
