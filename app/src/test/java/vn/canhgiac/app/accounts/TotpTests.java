package vn.canhgiac.app.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TotpTests {

	private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_KEY = ("1234567890".repeat(6) + "1234").getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238 Appendix B: all 18 test vectors (8 digits, 30 s steps, T0 = 0). */
	@ParameterizedTest(name = "{1} at {0}")
	@CsvSource({ "59, HmacSHA1, 94287082", "59, HmacSHA256, 46119246", "59, HmacSHA512, 90693936",
			"1111111109, HmacSHA1, 07081804", "1111111109, HmacSHA256, 68084774", "1111111109, HmacSHA512, 25091201",
			"1111111111, HmacSHA1, 14050471", "1111111111, HmacSHA256, 67062674", "1111111111, HmacSHA512, 99943326",
			"1234567890, HmacSHA1, 89005924", "1234567890, HmacSHA256, 91819424", "1234567890, HmacSHA512, 93441116",
			"2000000000, HmacSHA1, 69279037", "2000000000, HmacSHA256, 90698825", "2000000000, HmacSHA512, 38618901",
			"20000000000, HmacSHA1, 65353130", "20000000000, HmacSHA256, 77737706",
			"20000000000, HmacSHA512, 47863826" })
	void matchesRfc6238AppendixB(long epochSeconds, String algorithm, String expected) {
		byte[] key = switch (algorithm) {
			case "HmacSHA1" -> SHA1_KEY;
			case "HmacSHA256" -> SHA256_KEY;
			default -> SHA512_KEY;
		};
		assertThat(Totp.code(key, Totp.step(Instant.ofEpochSecond(epochSeconds)), 8, algorithm)).isEqualTo(expected);
	}

	@Test
	void sixDigitCodesKeepLeadingZeros() {
		assertThat(Totp.code(SHA1_KEY, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
	}

	@Test
	void base32FollowsRfc4648() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(new String(Base32.decode("mzxw 6ytb-oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
		assertThat(Base32.decode(Base32.encode(SHA512_KEY))).isEqualTo(SHA512_KEY);
		assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void comparesCodesExactly() {
		assertThat(Totp.matches("123456", "123456")).isTrue();
		assertThat(Totp.matches("123456", "123457")).isFalse();
		assertThat(Totp.matches("123456", "")).isFalse();
	}

}
