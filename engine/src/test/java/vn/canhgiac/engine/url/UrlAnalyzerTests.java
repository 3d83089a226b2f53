package vn.canhgiac.engine.url;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.indicators.IndicatorType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlAnalyzerTests {

	private final UrlAnalyzer analyzer = new UrlAnalyzer();

	private UrlReport check(String url) {
		return this.analyzer.analyze(url);
	}

	private static boolean hasSignal(UrlReport report, String code) {
		return report.signals().stream().map(Signal::code).anyMatch(code::equals);
	}

	@Test
	void officialDomainsShowNoSigns() {
		for (String url : new String[] { "https://vietcombank.com.vn/vi-VN/Ca-nhan",
				"https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", "vneid.gov.vn", "https://www.momo.vn/",
				"https://thuedientu.gdt.gov.vn/etaxnnt/Request", "https://www.facebook.com/groups/x" }) {
			assertThat(check(url).verdict()).as(url).isEqualTo(UrlVerdict.NO_SIGNS);
		}
	}

	@Test
	void typoSquatOfABankIsDangerousAndNamesTheBrand() {
		UrlReport report = check("https://vietcornbank-hotro.com/login");
		assertThat(report.verdict()).isEqualTo(UrlVerdict.DANGEROUS);
		assertThat(report.imitates()).isEqualTo("Vietcombank");
		assertThat(check("vietcombnak.com").imitates()).isEqualTo("Vietcombank");
	}

	@Test
	void homoglyphIdnIsDangerous() {
		// Cyrillic "о" in place of the Latin "o" of momo.
		UrlReport report = check("https://mоmо.vn/nhan-qua");
		assertThat(report.verdict()).isEqualTo(UrlVerdict.DANGEROUS);
		assertThat(report.imitates()).isEqualTo("MoMo");
		assertThat(report.host()).startsWith("xn--");
		assertThat(check("http://xn--mm-fmcb.vn").verdict()).isEqualTo(UrlVerdict.DANGEROUS);
	}

	@Test
	void brandInSubdomainIsDangerous() {
		UrlReport report = check("http://vietcombank.com.vn.xac-minh.top/");
		assertThat(report.verdict()).isEqualTo(UrlVerdict.DANGEROUS);
		assertThat(report.registrableDomain()).isEqualTo("xac-minh.top");
		assertThat(hasSignal(report, "brand_in_subdomain")).isTrue();
	}

	@Test
	void userinfoDecoyIsDangerous() {
		UrlReport report = check("https://vietcombank.com.vn@evil.xyz/otp");
		assertThat(report.verdict()).isEqualTo(UrlVerdict.DANGEROUS);
		assertThat(report.host()).isEqualTo("evil.xyz");
		assertThat(hasSignal(report, "userinfo_trick")).isTrue();
	}

	@Test
	void governmentImitationsAreDangerous() {
		assertThat(check("dichvucong-gov.vn").category()).isEqualTo("gov_impersonation");
		assertThat(check("dichvucong-gov.vn").verdict()).isEqualTo(UrlVerdict.DANGEROUS);
		assertThat(check("https://dichvucong.gov.vn.xyz/login").verdict()).isEqualTo(UrlVerdict.DANGEROUS);
		assertThat(check("https://vneid-capnhat.com").verdict()).isEqualTo(UrlVerdict.DANGEROUS);
	}

	@Test
	void ipHostsInEveryWritingAreRecognised() {
		assertThat(check("http://3232235777/login").host()).isEqualTo("192.168.1.1");
		assertThat(check("http://0x7f.1/").host()).isEqualTo("127.0.0.1");
		assertThat(hasSignal(check("http://0177.0.0.1/"), "ip_host")).isTrue();
	}

	@Test
	void apkLinksShortenersAndRiskyEndingsAreFlagged() {
		assertThat(check("https://tai-app.xyz/dichvucong.apk").verdict()).isEqualTo(UrlVerdict.DANGEROUS);
		assertThat(hasSignal(check("https://files.example.com/app.apk?v=2"), "app_download")).isTrue();
		// Brands send shortened links every day: alone it is a signal, not a verdict.
		assertThat(hasSignal(check("bit.ly/3abcd"), "shortened_link")).isTrue();
		assertThat(check("bit.ly/3abcd").verdict()).isEqualTo(UrlVerdict.NO_SIGNS);
		assertThat(hasSignal(check("https://shop-online.top/"), "risky_tld")).isTrue();
		assertThat(check("https://sites.google.com/view/vietcombank-hotro").verdict())
			.isNotEqualTo(UrlVerdict.NO_SIGNS);
	}

	@Test
	void defangedLinksAreRefanged() {
		UrlReport report = check("hxxps://vietcombank-hotro[.]xyz/login");
		assertThat(report.host()).isEqualTo("vietcombank-hotro.xyz");
		assertThat(report.indicators()).anySatisfy((i) -> {
			assertThat(i.type()).isEqualTo(IndicatorType.URL);
			assertThat(i.normalized()).isEqualTo("https://vietcombank-hotro.xyz/login");
		});
	}

	@Test
	void blocklistMakesALinkDangerous() {
		UrlAnalyzer withIntel = new UrlAnalyzer(
				(host, url) -> host.equals("plain-shop.com") ? Optional.of("3 reports") : Optional.empty());
		assertThat(withIntel.analyze("https://plain-shop.com/").verdict()).isEqualTo(UrlVerdict.DANGEROUS);
		assertThat(this.analyzer.analyze("https://plain-shop.com/").verdict()).isEqualTo(UrlVerdict.NO_SIGNS);
	}

	@Test
	void scriptLinksAreDangerous() {
		assertThat(check("javascript:alert(1)").verdict()).isEqualTo(UrlVerdict.DANGEROUS);
	}

	@Test
	void rejectsWhatIsNotALink() {
		assertThatThrownBy(() -> check("   ")).isInstanceOf(InputRejected.class);
		assertThatThrownBy(() -> check("xin chao")).isInstanceOf(InputRejected.class);
		assertThatThrownBy(() -> check("a.vn/" + "x".repeat(10_000))).isInstanceOf(InputRejected.class);
	}

	@Test
	void analysingALinkNeverRequestsIt() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		HttpServer canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		canary.createContext("/", (exchange) -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		canary.start();
		try {
			int port = canary.getAddress().getPort();
			check("http://127.0.0.1:" + port + "/vietcombank/login.apk");
			check("http://localhost.localdomain:" + port + "/");
			new UrlAnalyzer((host, url) -> Optional.empty()).analyze("http://127.0.0.1:" + port + "/x");
		}
		finally {
			canary.stop(0);
		}
		assertThat(requests).hasValue(0);
	}

}
