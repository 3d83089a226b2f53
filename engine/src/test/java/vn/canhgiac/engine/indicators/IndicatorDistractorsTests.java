package vn.canhgiac.engine.indicators;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values that look like indicators but are not, and writings that must not produce a
 * second indicator of another type.
 */
class IndicatorDistractorsTests {

	private static List<String> found(String text) {
		return Indicators.extract(text).stream().map((i) -> i.type().wireName() + ":" + i.normalized()).toList();
	}

	@Test
	void aLinkWithUserinfoIsOneUrlNotAnEmail() {
		assertThat(found("https://vietcombank.com.vn@evil.xyz/otp"))
			.containsExactly("url:https://vietcombank.com.vn@evil.xyz/otp");
	}

	@Test
	void anEmailDomainIsNotAlsoADomain() {
		assertThat(found("gửi về hotro@vcb-support.com")).containsExactly("email:hotro@vcb-support.com");
	}

	@Test
	void fileNamesVersionsAndAbbreviationsAreNotDomains() {
		assertThat(found("Mở tệp baocao.docx, phiên bản v1.2.3, tại TP.HCM")).isEmpty();
		assertThat(found("user@localhost")).isEmpty();
	}

	@Test
	void zaloGroupLinksStayUrls() {
		assertThat(found("vào nhóm https://zalo.me/g/abcxyz123")).containsExactly("url:https://zalo.me/g/abcxyz123");
	}

	@Test
	void aHandleInsideAnEmailIsNotATelegramHandle() {
		assertThat(found("mail: admin@congan-hotro.com")).containsExactly("email:admin@congan-hotro.com");
	}

	@Test
	void descriptiveBankNamesCountOnlyAfterNganHang() {
		assertThat(Indicators.extract("STK 123456789 ngân hàng Quân đội").get(0).bank()).isEqualTo("MBBank");
		// "quân đội" alone is the army, not a bank.
		assertThat(Indicators.extract("STK 123456789 gửi quân đội").get(0).bank()).isNull();
	}

	@Test
	void anAccountNumberIsNotAlsoAPhone() {
		assertThat(found("STK 0912345678 Techcombank")).containsExactly("bank_account:0912345678");
	}

	@Test
	void amountsNeedAUnitOrCurrency() {
		assertThat(found("Có 3 người, 25 tuổi, tầng 12")).isEmpty();
		assertThat(found("giá 2k5 một cái")).containsExactly("amount:2500 VND");
		assertThat(found("thu 1 tỷ rưỡi")).containsExactly("amount:1500000000 VND");
	}

	@Test
	void tronAddressWithWrongVersionByteIsRejected() {
		// A valid Bitcoin address does not become a TRON address, nor the reverse.
		assertThat(found("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).hasSize(1);
		assertThat(found("T1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf")).isEmpty();
	}

}
