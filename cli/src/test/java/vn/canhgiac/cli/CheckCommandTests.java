package vn.canhgiac.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTests {

	@TempDir
	Path dir;

	record Run(int exitCode, String out, String err) {
	}

	private static Run run(byte[] stdin, String... args) {
		InputStream in = System.in;
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
		ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
		System.setIn(new ByteArrayInputStream(stdin));
		System.setOut(new PrintStream(outBuffer, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(errBuffer, true, StandardCharsets.UTF_8));
		try {
			int code = CanhGiacCli.run(args);
			return new Run(code, outBuffer.toString(StandardCharsets.UTF_8),
					errBuffer.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setIn(in);
			System.setOut(out);
			System.setErr(err);
		}
	}

	private static Run run(String... args) {
		return run(new byte[0], args);
	}

	@Test
	void messageFromStdinAsJson() {
		byte[] text = "Chúng tôi có clip nóng của anh, chuyển 50tr trước 17h nếu không sẽ gửi cho vợ anh. Zalo 0912345678"
			.getBytes(StandardCharsets.UTF_8);
		Run result = run(text, "check", "message", "--json");
		assertThat(result.exitCode()).isZero();
		JsonNode report = JsonOutput.MAPPER.readTree(result.out());
		assertThat(report.get("verdict").asString()).isEqualTo("scam");
		assertThat(report.get("category").asString()).isEqualTo("extortion");
		assertThat(report.get("indicators").toString()).contains("\"type\":\"zalo\"", "\"normalized\":\"+84912345678\"",
				"\"type\":\"amount\"", "\"normalized\":\"50000000 VND\"");
		assertThat(report.has("id")).isFalse();
	}

	@Test
	void messageFromFileWithAVietnameseSummary() throws IOException {
		Path file = this.dir.resolve("sms.txt");
		Files.writeString(file, "Ban da trung thuong xe SH, dong phi 2tr5 de nhan giai tai http://nhanqua-sh.xyz");
		Run result = run("check", "message", "--file", file.toString());
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).startsWith("Kết luận: ").contains("Lời khuyên:");
	}

	@Test
	void urlAsJsonNamesTheImitatedBrand() {
		Run result = run("check", "url", "https://vietcombank.com.vn@evil.xyz/otp", "--json");
		assertThat(result.exitCode()).isZero();
		JsonNode report = JsonOutput.MAPPER.readTree(result.out());
		assertThat(report.get("verdict").asString()).isEqualTo("dangerous");
		assertThat(report.get("imitates").asString()).isEqualTo("Vietcombank");
		assertThat(report.get("indicators").get(0).get("type").asString()).isEqualTo("url");
	}

	@Test
	void batchAnswersEveryLineWithItsIdAndErrorsPerLine() throws IOException {
		Path requests = this.dir.resolve("requests.jsonl");
		Files.writeString(requests, """
				{"id": "ok", "text": "Tối nay đi ăn không?"}
				{"id": "no-text"}
				this is not json
				{"id": "empty", "text": "   "}
				""");
		Run result = run("check", "message", "--batch", requests.toString(), "--json");
		assertThat(result.exitCode()).isZero();
		String[] lines = result.out().strip().split("\n");
		assertThat(lines).hasSize(4);
		assertThat(JsonOutput.MAPPER.readTree(lines[0]).get("verdict").asString()).isEqualTo("no_signs");
		assertThat(JsonOutput.MAPPER.readTree(lines[0]).get("id").asString()).isEqualTo("ok");
		assertThat(JsonOutput.MAPPER.readTree(lines[1]).get("error").get("code").asString()).isEqualTo("missing_field");
		assertThat(JsonOutput.MAPPER.readTree(lines[1]).get("id").asString()).isEqualTo("no-text");
		assertThat(JsonOutput.MAPPER.readTree(lines[2]).get("error").get("code").asString()).isEqualTo("malformed");
		assertThat(JsonOutput.MAPPER.readTree(lines[3]).get("error").get("code").asString()).isEqualTo("empty");
	}

	@Test
	void urlBatchKeepsIds() throws IOException {
		Path requests = this.dir.resolve("urls.jsonl");
		Files.writeString(requests,
				"{\"id\": \"u1\", \"url\": \"dichvucong-gov.vn\"}\n{\"id\": \"u2\", \"url\": \"https://dichvucong.gov.vn/\"}\n");
		Run result = run("check", "url", "--batch", requests.toString(), "--json");
		String[] lines = result.out().strip().split("\n");
		assertThat(JsonOutput.MAPPER.readTree(lines[0]).get("verdict").asString()).isEqualTo("dangerous");
		assertThat(JsonOutput.MAPPER.readTree(lines[1]).get("id").asString()).isEqualTo("u2");
		assertThat(JsonOutput.MAPPER.readTree(lines[1]).get("verdict").asString()).isEqualTo("no_signs");
	}

	/**
	 * A bank's voice and a link: unremarkable from a brand name, a scam from a phone
	 * number.
	 */
	static final String BANK_NOTICE = "Sacombank kinh gui quy khach: tai khoan cua quy khach co bien dong so du. "
			+ "Xem chi tiet tai https://giaodich24h.net/tb";

	@Test
	void senderHintTurnsABankNoticeFromAnOrdinaryNumberIntoAScam() {
		byte[] text = BANK_NOTICE.getBytes(StandardCharsets.UTF_8);
		JsonNode unknown = JsonOutput.MAPPER.readTree(run(text, "check", "message", "--json").out());
		JsonNode brand = JsonOutput.MAPPER
			.readTree(run(text, "check", "message", "--json", "--sender", "brandname").out());
		Run personal = run(text, "check", "message", "--json", "--sender", "personal");
		assertThat(personal.exitCode()).isZero();
		JsonNode report = JsonOutput.MAPPER.readTree(personal.out());
		assertThat(unknown.get("verdict").asString()).isEqualTo("no_signs");
		assertThat(brand.get("verdict").asString()).isEqualTo("no_signs");
		assertThat(report.get("verdict").asString()).isEqualTo("scam");
		assertThat(report.get("signals").toString()).contains("organisation_from_personal_number");
		// The report keeps the shape of DESIGN.md §2: the hint is an input, not an output
		// field.
		assertThat(fieldNames(report)).containsExactlyElementsOf(fieldNames(unknown));
	}

	@Test
	void batchLinesMayNameTheirSender() throws IOException {
		Path requests = this.dir.resolve("senders.jsonl");
		Files.writeString(requests,
				String.join("\n", "{\"id\": \"plain\", \"text\": \"" + BANK_NOTICE + "\"}",
						"{\"id\": \"phone\", \"text\": \"" + BANK_NOTICE + "\", \"sender\": \"personal\"}",
						"{\"id\": \"brand\", \"text\": \"" + BANK_NOTICE + "\", \"sender\": \"BrandName\"}",
						"{\"id\": \"odd\", \"text\": \"" + BANK_NOTICE + "\", \"sender\": \"zalo\"}",
						"{\"id\": \"number\", \"text\": \"" + BANK_NOTICE + "\", \"sender\": 3}") + "\n");
		Run result = run("check", "message", "--batch", requests.toString(), "--json");
		assertThat(result.exitCode()).isZero();
		String[] lines = result.out().strip().split("\n");
		assertThat(lines).hasSize(5);
		assertThat(JsonOutput.MAPPER.readTree(lines[0]).get("verdict").asString()).isEqualTo("no_signs");
		assertThat(JsonOutput.MAPPER.readTree(lines[1]).get("verdict").asString()).isEqualTo("scam");
		assertThat(JsonOutput.MAPPER.readTree(lines[1]).get("id").asString()).isEqualTo("phone");
		assertThat(JsonOutput.MAPPER.readTree(lines[2]).get("verdict").asString()).isEqualTo("no_signs");
		for (String line : new String[] { lines[3], lines[4] }) {
			assertThat(JsonOutput.MAPPER.readTree(line).get("error").get("code").asString()).isEqualTo("bad_sender");
		}

		Run whole = run("check", "message", "--batch", requests.toString(), "--json", "--sender", "personal");
		assertThat(JsonOutput.MAPPER.readTree(whole.out().strip().split("\n")[0]).get("verdict").asString())
			.as("--sender applies to lines without their own")
			.isEqualTo("scam");
	}

	@Test
	void unknownSenderWordExitsWithTwoAndSaysWhichWordsWork() {
		Run result = run(BANK_NOTICE.getBytes(StandardCharsets.UTF_8), "check", "message", "--sender", "bank");
		assertThat(result.exitCode()).isEqualTo(CanhGiacCli.BAD_INPUT);
		assertThat(result.out()).isEmpty();
		assertThat(result.err().strip()).doesNotContain("Exception", "\n")
			.contains("Nguồn tin nhắn không hợp lệ", "Unknown sender", "brandname|shortcode|personal|unknown");
	}

	private static java.util.List<String> fieldNames(JsonNode node) {
		return node.propertyNames().stream().toList();
	}

	@Test
	void badInputExitsWithTwoAndOnePlainLine() throws IOException {
		Run empty = run(new byte[0], "check", "message");
		assertThat(empty.exitCode()).isEqualTo(CanhGiacCli.BAD_INPUT);
		assertThat(empty.err().strip()).doesNotContain("Exception", "\n").contains("empty");

		Run garbled = run(new byte[] { (byte) 0xff, (byte) 0xfe, 'a' }, "check", "message");
		assertThat(garbled.exitCode()).isEqualTo(CanhGiacCli.BAD_INPUT);
		assertThat(garbled.err()).contains("UTF-8").doesNotContain("Exception");

		Path big = this.dir.resolve("big.txt");
		Files.write(big, new byte[CheckInput.MAX_BYTES + 10]);
		Run tooLarge = run("check", "message", "--file", big.toString());
		assertThat(tooLarge.exitCode()).isEqualTo(CanhGiacCli.BAD_INPUT);
		assertThat(tooLarge.err().strip()).contains("1 MB").doesNotContain("\n");

		Run noUrl = run("check", "url", "--json");
		assertThat(noUrl.exitCode()).isEqualTo(CanhGiacCli.BAD_INPUT);

		Run notALink = run("check", "url", "xin chào");
		assertThat(notALink.exitCode()).isEqualTo(CanhGiacCli.BAD_INPUT);
		assertThat(notALink.err()).doesNotContain("Exception");
	}

}
