package vn.canhgiac.engine.text;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.MappedText;
import vn.canhgiac.engine.TextSpan;

import static org.assertj.core.api.Assertions.assertThat;

class MessageNormalizerTests {

	@Test
	void removesDiacriticsAndCase() {
		assertThat(MessageNormalizer.normalize("Chuyển Khoản NGAY").text()).isEqualTo("chuyen khoan ngay");
		assertThat(MessageNormalizer.normalize("Đồng chí").text()).isEqualTo("dong chi");
	}

	@Test
	void readsDecomposedVietnameseLikePrecomposed() {
		String decomposed = "Chuye\u0302\u0309n khoa\u0309n";
		assertThat(MessageNormalizer.normalize(decomposed).text()).isEqualTo("chuyen khoan");
	}

	@Test
	void dropsZeroWidthCharacters() {
		assertThat(MessageNormalizer.normalize("c\u200Bô\u200Dng a\uFEFFn").text()).isEqualTo("cong an");
	}

	@Test
	void readsCyrillicLookAlikesAsLatin() {
		// "сông аn" with Cyrillic с and а.
		assertThat(MessageNormalizer.normalize("\u0441ông \u0430n").text()).isEqualTo("cong an");
	}

	@Test
	void spellsOutAbbreviationsAndTeencode() {
		assertThat(MessageNormalizer.normalize("ck vao stk nay ko dc bao ai").text())
			.isEqualTo("chuyen khoan vao so tai khoan nay khong duoc bao ai");
		assertThat(MessageNormalizer.normalize("a/c ib zl de dc ho tro, gui cccd").text())
			.isEqualTo("anh chi nhan tin zalo de duoc ho tro, gui can cuoc cong dan");
	}

	@Test
	void readsDigitsThatStandForLettersInsideWords() {
		assertThat(MessageNormalizer.normalize("KH0NG du0c NHAN T1EN tr0 cap").text())
			.isEqualTo("khong duoc nhan tien tro cap");
		assertThat(MessageNormalizer.normalize("covid19 4g 2024").text()).isEqualTo("covid19 4g 2024");
	}

	@Test
	void leavesNumbersWithUnitsAlone() {
		assertThat(MessageNormalizer.normalize("50k").text()).isEqualTo("50k");
	}

	@Test
	void spansOfTheNormalisedTextPointAtTheOriginal() {
		String original = "Vui lòng ck 50tr";
		MappedText normalized = MessageNormalizer.normalize(original);
		int start = normalized.text().indexOf("chuyen khoan");
		TextSpan span = normalized.originalSpan(start, start + "chuyen khoan".length());
		assertThat(original.substring(span.start(), span.end())).isEqualTo("ck");
	}

}
