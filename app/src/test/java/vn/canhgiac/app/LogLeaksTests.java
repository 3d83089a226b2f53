package vn.canhgiac.app;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The log scanner finds what it is meant to find and leaves ordinary log lines alone. */
class LogLeaksTests {

	private final LogLeaks leaks = new LogLeaks(List.of("@thamtu_tu", "Chúng tôi có ảnh"));

	@Test
	void ordinaryLogLinesPass() {
		String log = "2026-11-28T13:37:05.123+07:00  INFO 40312 --- [canhgiac] [main] v.c.a.p.d.EmbeddedPostgres : "
				+ "Embedded PostgreSQL 15.18.0 running on 127.0.0.1:38291 with data in /tmp/x\n"
				+ "Check 0f3c9a7e-0912-4567-8901-0987654321ab failed: IllegalStateException\n"
				+ "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 took 1234567890 ns\n";
		assertThat(this.leaks.scan("log", log.getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void phoneNumbersInTheirUsualWritingsAreFound() {
		for (String phone : List.of("0912345678", "0912 345 678", "0912.345.678", "+84912345678", "+84 912 345 678")) {
			assertThat(this.leaks.scan("log", ("called " + phone + ".").getBytes(StandardCharsets.UTF_8))).as(phone)
				.singleElement()
				.asString()
				.contains("phone number");
		}
	}

	@Test
	void sentinelsAndPictureBytesAreFoundWithoutRepeatingThem() {
		byte[] jpeg = { 'x', (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, '\n' };
		assertThat(this.leaks.scan("log", jpeg)).anySatisfy((l) -> assertThat(l).contains("raw bytes ff d8 ff"));
		assertThat(this.leaks.scan("log", "liên hệ @thamtu_tu ngay".getBytes(StandardCharsets.UTF_8))).singleElement()
			.asString()
			.contains("log:1: test value")
			.doesNotContain("thamtu");
		assertThat(this.leaks.scan("log", "data=iVBORw0KGgoAAAANSUhEUg".getBytes(StandardCharsets.UTF_8)))
			.singleElement()
			.asString()
			.contains("PNG in base64");
		assertThat(this.leaks.scan("log", "s=ÿØÿà".getBytes(StandardCharsets.UTF_8))).singleElement()
			.asString()
			.contains("Latin-1");
	}

}
