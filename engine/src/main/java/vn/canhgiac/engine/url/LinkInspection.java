package vn.canhgiac.engine.url;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The checks behind a link verdict. Every check looks only at the link's text.
 */
final class LinkInspection {

	private static final Pattern SCAM_WORDS = Pattern.compile("vay|tindung|tinchap|giaingan|hotro|cskh|chamsoc|dangky"
			+ "|dangki|dangnhap|nhanqua|nhanthuong|quatang|khuyenmai|trungthuong|trian|uudai|hoantien|hoanphi|xacminh"
			+ "|xacthuc|baomat|capnhat|kichhoat|mokhoa|nangcap|hanmuc|login|signin|verify|secure|security|account"
			+ "|update|confirm|unlock|bonus|gift|reward|claim|wallet|refund|support|recovery|naptien|ruttien|napthe"
			+ "|doithuong|giaodich|chuyentien|thecao|online-|-online|taikhoan|khachhang|dinhdanh|hoso|phatnguoi"
			+ "|tracuu|nophat|hoanthue|thuong|nhantien");

	private static final Pattern GAMBLING = Pattern.compile("casino|bet|cacuoc|nohu|taixiu|xoso|xsmb|lode|danhde"
			+ "|banca|slot|jackpot|gamebai|kubet|sunwin|iwin|rikvip|hitclub|88|789|club\\d|win\\d|\\d{2,}win");

	private static final Pattern APP_PATH = Pattern.compile("(?i)\\.(apk|xapk|apks|aab|ipa)(?:$|[?#])");

	private static final Pattern PROGRAM_PATH = Pattern
		.compile("(?i)\\.(exe|scr|msi|bat|cmd|ps1|vbs|js|jar|hta|lnk" + "|iso|img)(?:$|[?#])");

	private static final Pattern REDIRECT_QUERY = Pattern.compile("(?i)[?&](q|url|u|link|redirect|target|dest|goto)="
			+ "(https?(%3A|:)|www\\.|[a-z0-9-]+\\.(com|net|vn|xyz|top|vip|cc|me|info|club|online|site)\\b)");

	private static final java.util.Set<String> GLUED_SUFFIXES = java.util.Set.of("vn", "pay", "app", "id");

	private static final Pattern SEPARATORS = Pattern.compile("[.\\-_]");

	private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

	private final Catalogue catalogue = Catalogue.INSTANCE;

	private final ParsedUrl url;

	private final HostName name;

	private final Findings findings = new Findings();

	LinkInspection(ParsedUrl url) {
		this.url = url;
		this.name = url.ipHost() ? new HostName(url.asciiHost(), url.asciiHost(), "", url.asciiHost(), "")
				: HostName.of(url.asciiHost());
	}

	HostName hostName() {
		return this.name;
	}

	Findings inspect() {
		userinfo();
		if (this.url.ipHost()) {
			this.findings.add("ip_host", 0.5, "suspicious_host", null,
					"Đường link dùng địa chỉ IP thay cho tên miền — các trang chính thống không làm vậy.",
					"The link uses an IP address instead of a domain name, which official sites do not do.");
		}
		paths();
		if (this.url.ipHost() || isOfficialHost()) {
			return this.findings;
		}
		brands();
		governmentLookalike();
		scriptsAndShape();
		return this.findings;
	}

	private boolean isOfficialHost() {
		if (Catalogue.listed(this.catalogue.hostingPlatforms, this.url.asciiHost())) {
			this.findings.add("hosting_platform", 0.25, "suspicious_host", null,
					"Trang nằm trên dịch vụ tạo web miễn phí, ai cũng có thể lập trang giả tại đây.",
					"The page sits on a free site builder where anyone can publish a fake page.");
			brandInPath();
			return false;
		}
		if (Catalogue.listed(this.catalogue.shorteners, this.url.asciiHost())) {
			this.findings.add("shortened_link", 0.2, "hidden_destination", null,
					"Link rút gọn che giấu trang đích thật sự.", "A shortened link hides where it really leads.");
			return true;
		}
		for (Brand brand : this.catalogue.brands) {
			if (brand.isOfficial(this.url.asciiHost())) {
				return true;
			}
		}
		return false;
	}

	private void userinfo() {
		String userinfo = this.url.userinfo();
		if (userinfo == null) {
			return;
		}
		boolean disguise = userinfo.contains(".") || brandIn(userinfo.toLowerCase(Locale.ROOT)) != null;
		Brand brand = brandIn(userinfo.toLowerCase(Locale.ROOT));
		this.findings.add("userinfo_trick", disguise ? 0.8 : 0.4, "brand_impersonation",
				(brand != null) ? brand.name() : null,
				"Phần trước dấu @ chỉ là nhãn giả; trình duyệt sẽ đi tới " + this.url.unicodeHost() + ".",
				"Everything before the @ is a decoy; the browser goes to " + this.url.unicodeHost() + ".");
	}

	private void paths() {
		String path = this.url.path();
		if (APP_PATH.matcher(path).find()) {
			this.findings.add("app_download", 0.65, "malware_download", null,
					"Link tải ứng dụng cài đặt ngoài kho chính thức (APK) — thủ đoạn chiếm quyền điện thoại.",
					"The link downloads an app outside the official stores (APK), a way to take over the phone.");
		}
		else if (PROGRAM_PATH.matcher(path).find()) {
			this.findings.add("program_download", 0.55, "malware_download", null,
					"Link tải tệp chương trình có thể chứa mã độc.",
					"The link downloads a program that may be malware.");
		}
		if (REDIRECT_QUERY.matcher(path).find()) {
			this.findings.add("redirect_link", 0.35, "hidden_destination", null,
					"Link chuyển hướng tới một địa chỉ khác được giấu trong tham số.",
					"The link forwards to another address hidden in its parameters.");
		}
		if (this.url.port() > 0 && this.url.port() != 80 && this.url.port() != 443) {
			this.findings.add("unusual_port", 0.15, "suspicious_host", null, "Link dùng cổng mạng bất thường.",
					"The link uses an unusual network port.");
		}
	}

	private void brandInPath() {
		String path = this.url.path().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		for (Brand brand : this.catalogue.brands) {
			for (String token : brand.strongTokens()) {
				if (path.contains(token.replace("-", ""))) {
					this.findings.add("brand_in_path", 0.4, category(brand), brand.name(),
							"Trang miễn phí mang tên " + brand.name() + " nhưng không thuộc " + brand.name() + ".",
							"A free page carries the name of " + brand.name() + " without belonging to it.");
					return;
				}
			}
		}
	}

	/**
	 * A .vn name is registered against an identity document and disputes are settled by
	 * VNNIC, so a brand's name under .vn is far more often the brand's own campaign site
	 * than under a gTLD: such findings count for less.
	 */
	private double weight(double base) {
		String suffix = this.name.suffix();
		return (suffix.equals("vn") || suffix.endsWith(".vn")) ? base * 0.55 : base;
	}

	private void brands() {
		String label = this.name.label();
		Labels labelForms = Labels.of(label);
		Labels subdomainForms = Labels.of(this.name.subdomain());
		String unicodeLabel = this.url.unicodeHost().split("\\.")[0];
		for (Brand brand : this.catalogue.brands) {
			if (brand.isOfficial(this.name.registrableDomain())) {
				// A page on the brand's own shared host (sites.google.com) is judged by
				// its path.
				continue;
			}
			for (String official : brand.officialLabels()) {
				if (official.length() >= 4 && label.equals(official)) {
					this.findings.add("brand_other_domain", weight(0.8), category(brand), brand.name(),
							"Tên miền mang tên " + brand.name() + " nhưng không phải tên miền chính thức ("
									+ String.join(", ", brand.officialDomains()) + ").",
							"The domain carries the name of " + brand.name() + " but is not its official domain ("
									+ String.join(", ", brand.officialDomains()) + ").");
					return;
				}
			}
			if (looksLike(brand, label) || looksLike(brand, this.name.subdomain())
					|| !unicodeLabel.equals(label) && looksLike(brand, unicodeLabel)) {
				this.findings.add("lookalike_domain", weight(0.85), category(brand), brand.name(),
						"Tên miền nhái " + brand.name() + " (gần giống " + brand.officialDomains().get(0) + ").",
						"The domain imitates " + brand.name() + " (looks like " + brand.officialDomains().get(0)
								+ ").");
				return;
			}
			if (containsToken(brand, labelForms)) {
				this.findings.add("brand_in_domain", weight(0.75), category(brand), brand.name(),
						"Tên miền chứa tên " + brand.name() + " nhưng không thuộc " + brand.name() + ".",
						"The domain contains the name of " + brand.name() + " but does not belong to it.");
				return;
			}
			if (!this.name.subdomain().isEmpty() && (containsToken(brand, subdomainForms)
					|| brand.officialDomains().stream().anyMatch((d) -> this.name.subdomain().contains(d)))) {
				this.findings.add("brand_in_subdomain", weight(0.75), category(brand), brand.name(),
						"Tên " + brand.name() + " chỉ là tên miền con của " + this.name.registrableDomain() + ".",
						"The name " + brand.name() + " is only a subdomain of " + this.name.registrableDomain() + ".");
				return;
			}
		}
	}

	private boolean looksLike(Brand brand, String labels) {
		if (labels.isEmpty()) {
			return false;
		}
		List<String> parts = HostName.parts(labels);
		for (String official : brand.officialLabels()) {
			if (official.length() < 4) {
				continue;
			}
			String officialSkeleton = this.catalogue.skeletonOf(official);
			int tolerance = Confusables.tolerance(official.length());
			for (String part : parts) {
				if (part.length() + tolerance < official.length()
						|| part.length() - tolerance > official.length() && part.length() > official.length() + 3) {
					continue;
				}
				if (part.equals(official) || part.length() < official.length() - tolerance) {
					continue;
				}
				String folded = Confusables.foldDigits(part);
				if (Confusables.skeleton(part).equals(officialSkeleton)
						|| tolerance > 0 && Math.abs(folded.length() - official.length()) <= tolerance
								&& Confusables.distance(folded, official) <= tolerance) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A host's labels squeezed ("vietcombank-hotro" → "vietcombankhotro") and split into
	 * words.
	 */
	private record Labels(String squeezed, List<String> parts) {

		static Labels of(String labels) {
			return new Labels(SEPARATORS.matcher(labels).replaceAll(""), List.of(NON_LETTERS.split(labels)));
		}

	}

	private static boolean containsToken(Brand brand, String labels) {
		return containsToken(brand, Labels.of(labels));
	}

	private static boolean containsToken(Brand brand, Labels labels) {
		String squeezed = labels.squeezed();
		for (String token : brand.strongTokens()) {
			if (squeezed.contains(token)) {
				return true;
			}
		}
		List<String> parts = labels.parts();
		for (String token : brand.weakTokens()) {
			if (parts.contains(token)) {
				return true;
			}
			for (String part : parts) {
				// "vcbdigital", "acbonline": a short brand name glued to a longer word.
				if (token.length() >= 3 && part.startsWith(token)
						&& (part.length() - token.length() >= 3
								|| GLUED_SUFFIXES.contains(part.substring(token.length()))
								|| SCAM_WORDS.matcher(part.substring(token.length())).lookingAt())) {
					return true;
				}
			}
		}
		return false;
	}

	private @Nullable Brand brandIn(String text) {
		for (Brand brand : this.catalogue.brands) {
			if (containsToken(brand, text)) {
				return brand;
			}
		}
		return null;
	}

	/**
	 * Government sites live under {@code gov.vn}; "gov" and "vn" anywhere else in a host
	 * ({@code dichvucong-gov.vn}, {@code dichvucong.gov.vn.xyz}) only imitate one.
	 */
	private void governmentLookalike() {
		String host = this.url.asciiHost();
		if (host.endsWith(".gov.vn")) {
			return;
		}
		List<String> parts = HostName.parts(host);
		boolean gov = parts.contains("gov") || parts.contains("govvn")
				|| parts.stream().anyMatch((p) -> p.endsWith("govvn"));
		boolean vn = parts.contains("vn") || parts.stream().anyMatch((p) -> p.endsWith("govvn"));
		if (gov && vn) {
			this.findings.add("gov_imitation", 0.85, "gov_impersonation", null,
					"Tên miền giả dạng cơ quan nhà nước: trang chính thống luôn kết thúc bằng .gov.vn.",
					"The domain imitates a government site; official ones always end in .gov.vn.");
		}
		else if (!this.name.suffix().startsWith("gov") && !this.name.suffix().contains(".gov") && parts.stream()
			.anyMatch((p) -> p.length() > 3 && (p.endsWith("gov") || p.endsWith("govn") || p.startsWith("gov")))) {
			// "gplxgov.org", "govcheck.top": "gov" glued to a word outside any government
			// suffix.
			this.findings.add("gov_imitation", 0.5, "gov_impersonation", null,
					"Tên miền gắn chữ \"gov\" nhưng không thuộc tên miền nhà nước (.gov.vn).",
					"The domain carries \"gov\" without being a government domain (.gov.vn).");
		}
	}

	private void scriptsAndShape() {
		String unicode = this.url.unicodeHost();
		if (!unicode.equals(this.url.asciiHost())) {
			if (Confusables.mixesScripts(unicode.split("\\.")[0])) {
				this.findings.add("mixed_script_host", 0.6, "brand_impersonation", null,
						"Tên miền trộn chữ cái của nhiều bảng chữ (ví dụ chữ Kirin giống chữ Latinh).",
						"The domain mixes letters of different scripts (e.g. Cyrillic that looks Latin).");
			}
			else {
				this.findings.add("idn_host", 0.1, "suspicious_host", null, "Tên miền có ký tự đặc biệt (IDN).",
						"The domain contains non-ASCII characters (IDN).");
			}
		}
		String tld = this.name.topLevelDomain();
		if (this.catalogue.riskyTlds.contains(tld)) {
			this.findings.add("risky_tld", 0.3, "suspicious_host", null,
					"Đuôi tên miền ." + tld + " rẻ và thường bị dùng cho trang lừa đảo.",
					"The ." + tld + " ending is cheap and often used for scam pages.");
		}
		else if (this.catalogue.riskyTlds.contains("~" + tld)) {
			this.findings.add("risky_tld", 0.15, "suspicious_host", null,
					"Đuôi tên miền ." + tld + " hay gặp ở trang lừa đảo.",
					"The ." + tld + " ending is common on scam pages.");
		}
		// Only the owner's label counts: words in front of a legitimate registrable
		// domain
		// ("account.example.com") are its owner's choice, not a disguise.
		String owner = this.name.label();
		long scamWords = SCAM_WORDS.matcher(owner).results().count();
		if (scamWords > 0) {
			this.findings.add("scam_words_in_host", (scamWords > 1) ? 0.45 : 0.3, "phishing", null,
					"Tên miền chứa từ hay gặp ở trang lừa đảo (vay, hỗ trợ, xác minh, nhận quà…).",
					"The domain contains words typical of scam pages (loan, support, verify, gift…).");
		}
		if (GAMBLING.matcher(owner).find()) {
			this.findings.add("gambling_words", 0.4, "gambling", null,
					"Tên miền có dấu hiệu cờ bạc, cá cược trực tuyến.", "The domain looks like online gambling.");
		}
		String label = this.name.label();
		long digits = label.chars().filter(Character::isDigit).count();
		if (digits >= 4 && digits * 2 >= label.length()) {
			this.findings.add("numeric_domain", 0.35, "suspicious_host", null,
					"Tên miền chủ yếu là chữ số, kiểu hay gặp ở trang cờ bạc, lừa đảo.",
					"The domain is mostly digits, a pattern typical of gambling and scam sites.");
		}
		if (label.chars().filter((c) -> c == '-').count() >= 3) {
			this.findings.add("many_hyphens", 0.15, "suspicious_host", null, "Tên miền có nhiều dấu gạch nối.",
					"The domain has many hyphens.");
		}
	}

	private static String category(Brand brand) {
		return brand.category().equals("government") ? "gov_impersonation" : "brand_impersonation";
	}

}
