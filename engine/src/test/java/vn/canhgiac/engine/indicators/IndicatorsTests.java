package vn.canhgiac.engine.indicators;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class IndicatorsTests {

	private static List<String> found(String text) {
		return Indicators.extract(text).stream().map((i) -> i.type().wireName() + ":" + i.normalized()).toList();
	}

	@Test
	void phonesInEveryWritingBecomeE164() {
		assertThat(found("LH 0912 345 678 ngay")).containsExactly("phone:+84912345678");
		assertThat(found("gọi 0912.345.678")).containsExactly("phone:+84912345678");
		assertThat(found("call +84 (0) 912-345-678")).containsExactly("phone:+84912345678");
		assertThat(found("(+84) 912345678")).containsExactly("phone:+84912345678");
		assertThat(found("sđt 84912345678")).containsExactly("phone:+84912345678");
		assertThat(found("landline 024 3825 1234")).containsExactly("phone:+842438251234");
		assertThat(found("call me on +44 20 7946 0958")).containsExactly("phone:+442079460958");
	}

	@Test
	void spelledAndEmojiDigitsAreReadAsDigits() {
		assertThat(found("gọi không chín một hai ba bốn năm sáu bảy tám")).containsExactly("phone:+84912345678");
		assertThat(found("LH 0️⃣9️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣")).containsExactly("phone:+84912345678");
		assertThat(found("LH 09🍀12🍀345🍀678")).containsExactly("phone:+84912345678");
		assertThat(found("LH ０９１２３４５６７８")).containsExactly("phone:+84912345678");
		assertThat(found("LH 0912\u200B345\u200B678")).containsExactly("phone:+84912345678");
	}

	@Test
	void spanPointsAtTheTextAsWritten() {
		String text = "Liên hệ 0️⃣912 345 678 nhé";
		Indicator phone = Indicators.extract(text).get(0);
		assertThat(phone.value()).isEqualTo("0️⃣912 345 678");
		assertThat(text.substring(phone.span().start(), phone.span().end())).isEqualTo(phone.value());
	}

	@Test
	void datesTimesCaseNumbersAndCodesAreNotPhones() {
		assertThat(found("Hẹn ngày 02.02.2025 lúc 17:00")).isEmpty();
		assertThat(found("Quyết định số 0912345678/QĐ-CA")).isEmpty();
		assertThat(found("Mã OTP của bạn là 091234 hết hạn sau 5 phút")).isEmpty();
		assertThat(found("CCCD 001203012345 cấp ngày 1/1/2021")).isEmpty();
		assertThat(found("Mã số thuế 0312345678")).isEmpty();
		assertThat(found("Mgd: 1057425286 Ref FT24123456789")).isEmpty();
		assertThat(found("Biển số 29A-123.45 vận đơn SPXVN0123456789")).isEmpty();
		assertThat(found("So du 1.080.096.500")).isEmpty();
	}

	@Test
	void amountsInVietnameseWritings() {
		assertThat(found("chuyển 50tr")).containsExactly("amount:50000000 VND");
		assertThat(found("phí 2tr5")).containsExactly("amount:2500000 VND");
		assertThat(found("1,5 tỷ đồng")).containsExactly("amount:1500000000 VND");
		assertThat(found("150 củ")).containsExactly("amount:150000000 VND");
		assertThat(found("150 triệu")).containsExactly("amount:150000000 VND");
		assertThat(found("nạp 50k USDT")).containsExactly("amount:50000 USDT");
		assertThat(found("10.000 USDT")).containsExactly("amount:10000 USDT");
		assertThat(found("Nhận 500.000 VND")).containsExactly("amount:500000 VND");
		assertThat(found("pay $200 now")).containsExactly("amount:200 USD");
		assertThat(found("lãi 30% mỗi ngày, 100 điểm")).isEmpty();
	}

	@Test
	void accountNumbersAreTiedToTheirBank() {
		assertThat(Indicators.extract("STK 0071000986547 Vietcombank").get(0))
			.extracting(Indicator::type, Indicator::normalized, Indicator::bank)
			.containsExactly(IndicatorType.BANK_ACCOUNT, "0071000986547", "Vietcombank");
		assertThat(Indicators.extract("ck vào MB 0912345678 chủ TK Nguyen Van A").get(0))
			.extracting(Indicator::type, Indicator::normalized, Indicator::bank)
			.containsExactly(IndicatorType.BANK_ACCOUNT, "0912345678", "MBBank");
		assertThat(Indicators.extract("Ngân hàng Quân đội, số tài khoản: 1234 5678 999").get(0))
			.extracting(Indicator::type, Indicator::normalized, Indicator::bank)
			.containsExactly(IndicatorType.BANK_ACCOUNT, "12345678999", "MBBank");
		assertThat(found("stk 0071xxxx6547 Vietcombank")).isEmpty();
	}

	@Test
	void cardsNeedLuhnAndMaskedCardsAreNotIndicators() {
		assertThat(found("thẻ 4111 1111 1111 1111")).containsExactly("card:4111111111111111");
		assertThat(found("thẻ 4111 1111 1111 1112")).isEmpty();
		assertThat(found("thẻ 9704 36** **** 1234")).isEmpty();
		assertThat(found("thẻ ************1111")).isEmpty();
	}

	@Test
	void walletsNeedAValidChecksum() {
		assertThat(found("USDT TRC20: TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7"))
			.containsExactly("crypto_wallet:TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7");
		assertThat(found("USDT TRC20: TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8")).isEmpty();
		assertThat(found("BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"))
			.containsExactly("crypto_wallet:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
		assertThat(found("BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).isEmpty();
		assertThat(found("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"))
			.containsExactly("crypto_wallet:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
		assertThat(found("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")).isEmpty();
		assertThat(found("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"))
			.containsExactly("crypto_wallet:bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0");
		assertThat(found("ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"))
			.containsExactly("crypto_wallet:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
		assertThat(found("ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")).isEmpty();
		assertThat(found("ETH 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")).hasSize(1);
	}

	@Test
	void messengerContactsAreNotAlsoPhonesOrUrls() {
		assertThat(found("kết bạn Zalo 0912345678")).containsExactly("zalo:+84912345678");
		assertThat(found("zalo.me/0912345678")).containsExactly("zalo:+84912345678");
		assertThat(found("nhắn t.me/LuatSu_HoTro hoặc @Admin_VN")).containsExactly("telegram:@luatsu_hotro",
				"telegram:@admin_vn");
		assertThat(found("https://telegram.me/ABCdef_1")).containsExactly("telegram:@abcdef_1");
		assertThat(found("nhóm https://t.me/+AbCdEf123")).containsExactly("url:https://t.me/+AbCdEf123");
	}

	@Test
	void linksAndMailAreRefanged() {
		assertThat(found("vào hxxps://vietcombank-hotro[.]xyz/login."))
			.containsExactly("url:https://vietcombank-hotro.xyz/login");
		assertThat(found("gửi về hotro [at] gmail [dot] com")).containsExactly("email:hotro@gmail.com");
		assertThat(found("Email: Nguyen.Van.A@Gmail.com")).containsExactly("email:nguyen.van.a@gmail.com");
		assertThat(found("truy cập dichvucong-gov.vn ngay")).containsExactly("domain:dichvucong-gov.vn");
		assertThat(found("xem www.abc.com.")).containsExactly("url:www.abc.com");
		assertThat(found("TP.HCM, thông báo.Nay")).isEmpty();
	}

	@Test
	void normalisesASingleTypedValue() {
		assertThat(Indicators.normalize("+84 912-345-678")).get()
			.extracting(Indicator::type, Indicator::normalized)
			.containsExactly(IndicatorType.PHONE, "+84912345678");
		assertThat(Indicators.normalize("0071000986547")).get()
			.extracting(Indicator::type, Indicator::normalized)
			.containsExactly(IndicatorType.BANK_ACCOUNT, "0071000986547");
		assertThat(Indicators.normalize("@LuaDao")).get()
			.extracting(Indicator::type, Indicator::normalized)
			.containsExactly(IndicatorType.TELEGRAM, "@luadao");
		assertThat(Indicators.normalize("Evil.XYZ")).get()
			.extracting(Indicator::type, Indicator::normalized)
			.containsExactly(IndicatorType.DOMAIN, "evil.xyz");
		assertThat(Indicators.normalize("hello")).isEmpty();
	}

	@Test
	void refusesHugeText() {
		assertThatThrownBy(() -> Indicators.extract("a".repeat(Indicators.MAX_TEXT_CHARS + 1)))
			.isInstanceOf(InputRejected.class);
	}

	@Test
	void keccakMatchesTheKnownEmptyDigest() {
		StringBuilder hex = new StringBuilder();
		for (byte b : Keccak256.hash(new byte[0])) {
			hex.append(String.format("%02x", b));
		}
		assertThat(hex).hasToString("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
	}

}
