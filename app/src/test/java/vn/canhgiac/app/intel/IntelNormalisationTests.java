package vn.canhgiac.app.intel;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every writing of one value is one indicator, per type. */
class IntelNormalisationTests {

	private static void sameValue(IndicatorKind kind, String expected, List<String> writings) {
		for (String writing : writings) {
			assertThat(IndicatorValues.normalize(kind, writing)).as(writing)
				.map(IndicatorValues.Typed::value)
				.contains(expected);
		}
	}

	@Test
	void phones() {
		sameValue(IndicatorKind.PHONE, "+84912345678", List.of("0912345678", "0912 345 678", "0912.345.678",
				"+84 912 345 678", "84912345678", "(+84) 912-345-678"));
	}

	@Test
	void zaloNumbersAreE164LikePhonesAndAPhoneLooksUpAZalo() {
		sameValue(IndicatorKind.ZALO, "+84912345678", List.of("zalo.me/0912345678", "0912 345 678"));
		assertThat(IndicatorValues.guess("zalo.me/0912345678")).map(IndicatorValues.Typed::kind)
			.contains(IndicatorKind.ZALO);
	}

	@Test
	void telegramHandles() {
		sameValue(IndicatorKind.TELEGRAM, "@thamtu_tu",
				List.of("@ThamTu_Tu", "t.me/thamtu_tu", "telegram.me/THAMTU_TU"));
	}

	@Test
	void emails() {
		sameValue(IndicatorKind.EMAIL, "foo@gmail.com", List.of("Foo@Gmail.com", "foo [at] gmail [dot] com"));
	}

	@Test
	void urlsAreRefanged() {
		sameValue(IndicatorKind.URL, "https://evil.xyz/login",
				List.of("hxxps://evil[.]xyz/login", "https://evil.xyz/login"));
	}

	@Test
	void domainsDropWwwAndCaseAndAreInPunycode() {
		sameValue(IndicatorKind.DOMAIN, "vay-nhanh.xyz",
				List.of("vay-nhanh.xyz", "www.vay-nhanh.xyz", "WWW.Vay-Nhanh.XYZ", "vay-nhanh[.]xyz"));
		sameValue(IndicatorKind.DOMAIN, "xn--cccc-0x5ac.vn", List.of("cốccốc.vn", "xn--cccc-0x5ac.vn"));
		assertThat(IndicatorValues.guess("https://www.vay-nhanh.xyz/")).map(IndicatorValues.Typed::kind)
			.contains(IndicatorKind.DOMAIN);
	}

	@Test
	void bankAccountsAndCardsAreDigits() {
		sameValue(IndicatorKind.BANK_ACCOUNT, "0123456789", List.of("0123456789", "0123 456 789", "0123-456-789"));
		sameValue(IndicatorKind.CARD, "4111111111111111", List.of("4111 1111 1111 1111", "4111-1111-1111-1111"));
	}

	@Test
	void walletsStayAsWrittenAndMustBeValid() {
		sameValue(IndicatorKind.CRYPTO_WALLET, "0x52908400098527886E0F7030069857D2E4169EE7",
				List.of("0x52908400098527886E0F7030069857D2E4169EE7", " 0x52908400098527886E0F7030069857D2E4169EE7 "));
		assertThat(IndicatorValues.normalize(IndicatorKind.CRYPTO_WALLET, "0x52908400098527886e0F7030069857D2E4169EE7"))
			.isEmpty();
	}

	@Test
	void fingerprintsAreSixteenLowerCaseHexDigits() {
		sameValue(IndicatorKind.IMAGE_HASH, "00ff00ff00ff00ff", List.of("00FF00FF00FF00FF", "00ff00ff00ff00ff"));
		assertThat(IndicatorValues.normalize(IndicatorKind.TEXT_FINGERPRINT, "xyz")).isEmpty();
	}

	@Test
	void theShippedAllowlistParsesCompletely() throws Exception {
		long lines;
		try (var in = new org.springframework.core.io.ClassPathResource(Allowlist.RESOURCE).getInputStream()) {
			lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter((l) -> !l.isBlank() && !l.startsWith("#"))
				.count();
		}
		assertThat(Allowlist.entries()).hasSize((int) lines);
	}

}
