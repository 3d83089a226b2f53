package vn.canhgiac.engine.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScamClassifierTests {

	private static double p(String text) {
		return ScamClassifier.instance().probability(MessageNormalizer.normalize(text).text());
	}

	@Test
	void ranksUnseenScamsAboveUnseenOrdinaryMessages() {
		// Sentences written for this test, not taken from the training corpus.
		assertThat(p("Ban da trung thuong 300 trieu, chuyen phi nhan giai vao tai khoan ngay hom nay"))
			.isGreaterThan(p("Chieu nay 3h hop phong, moi nguoi mang may tinh nhe"));
		assertThat(p("Cán bộ điều tra yêu cầu anh chuyển tiền để chứng minh trong sạch"))
			.isGreaterThan(p("Cuối tuần này cả nhà về quê thăm ông bà"));
	}

	@Test
	void isAProbability() {
		double value = p("xin chao");
		assertThat(value).isBetween(0.0, 1.0);
	}

}
