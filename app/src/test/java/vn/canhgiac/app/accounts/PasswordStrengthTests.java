package vn.canhgiac.app.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordStrengthTests {

	static PasswordStrengthEstimator estimator;

	@BeforeAll
	static void loadDictionaries() {
		estimator = new PasswordStrengthEstimator();
	}

	/** The closing note's table: Vietnamese passwords people really choose. */
	@ParameterizedTest
	@ValueSource(strings = { "anhyeuem", "Anhyêuem", "matkhau123", "123456a@", "yeuem2003", "emyeuanh1", "Matkhau@2025",
			"hanoi2024", "saigon@123", "nguyenvanan", "tranthihuong", "hoangyen99", "ngoc08031995", "01011990",
			"0912345678", "doremon123", "conmeo123", "linh12345", "66668888", "Vietnam@123" })
	void scoresVietnameseWeakPasswordsWeak(String password) {
		StrengthEstimate estimate = estimator.estimate(password, List.of());
		assertThat(estimate.acceptable()).as("%s scored %d", password, estimate.score()).isFalse();
		assertThat(estimate.warningKey()).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tôi yêu quê hương Việt Nam", "correct horse battery staple", "x7#Lq!9vR2pZ",
			"bánh chưng xanh cạnh cửa sổ phòng họp" })
	void acceptsLongPhrasesAndRandomPasswords(String password) {
		assertThat(estimator.estimate(password, List.of()).acceptable()).isTrue();
	}

	@Test
	void foldsDiacriticsTheWayCrackersDo() {
		assertThat(estimator.estimate("Mậtkhẩu2025", List.of()).acceptable()).isFalse();
		assertThat(PasswordStrengthEstimator.fold("Đặng Thị Ánh")).isEqualTo("Dang Thi Anh");
	}

	@Test
	void knowsWhatIsPersonal() {
		StrengthEstimate withName = estimator.estimate("phamquochung1975", List.of("pqhung", "Phạm Quốc Hưng"));
		assertThat(withName.acceptable()).isFalse();
		assertThat(withName.warningKey()).isEqualTo("strength.vi.personal");
	}

	@Test
	void saysWhyInVietnameseTerms() {
		assertThat(estimator.estimate("0987654321", List.of()).warningKey()).isEqualTo("strength.vi.phone");
		assertThat(estimator.estimate("anhyeuem", List.of()).warningKey()).isEqualTo("strength.vi.phrase");
		assertThat(estimator.estimate("thanhhoa", List.of()).warningKey()).isEqualTo("strength.vi.place");
	}

	@Test
	void estimatesOnlyTheFirst128Characters() {
		String longPassword = "Gió mùa thu mẹ ru con ngủ ".repeat(20);
		StrengthEstimate estimate = estimator.estimate(longPassword, List.of());
		assertThat(estimate.truncated()).isTrue();
		assertThat(PasswordStrengthEstimator.cap(longPassword).codePointCount(0, 128)).isEqualTo(128);
		assertThat(estimator.estimate("", List.of()).score()).isZero();
	}

	@Test
	void everyFeedbackHasVietnameseAndEnglishText() throws IOException {
		Properties vi = load("/i18n/accounts.properties");
		Properties en = load("/i18n/accounts_en.properties");
		Properties nbvcxz = new Properties();
		String jar = me.gosimple.nbvcxz.Nbvcxz.class.getProtectionDomain().getCodeSource().getLocation().getPath();
		try (ZipFile zip = new ZipFile(jar); InputStream in = zip.getInputStream(zip.getEntry("feedback.properties"))) {
			nbvcxz.load(in);
		}
		for (String key : nbvcxz.stringPropertyNames()) {
			assertThat(vi).containsKey("strength." + key);
			assertThat(en).containsKey("strength." + key);
		}
		for (String key : List.of("strength.vi.phone", "strength.vi.phrase", "strength.vi.name", "strength.vi.place",
				"strength.vi.personal", "strength.empty", "strength.score.0", "strength.score.4")) {
			assertThat(vi).containsKey(key);
			assertThat(en).containsKey(key);
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PasswordStrengthTests.class.getResourceAsStream(resource)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
