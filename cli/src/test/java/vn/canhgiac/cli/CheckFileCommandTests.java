package vn.canhgiac.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CheckFileCommandTests {

	@TempDir
	Path dir;

	@Test
	void printsFileReportAsOneJsonLineWithWireNames() throws IOException {
		Path file = Files.write(this.dir.resolve("hoadon.pdf.exe"), windowsProgram());

		Run run = run("check", "file", file.toString(), "--json");

		assertThat(run.exitCode).isZero();
		assertThat(run.err).isEmpty();
		assertThat(run.out.strip()).doesNotContain("\n");
		JsonNode json = JsonOutput.MAPPER.readTree(run.out);
		assertThat(json.get("id").asString()).isEqualTo("hoadon.pdf.exe");
		assertThat(json.get("verdict").asString()).isEqualTo("dangerous");
		assertThat(json.get("signals").get(0).get("code").asString()).isIn("double_extension", "dangerous_file_type");
		assertThat(json.get("sha256").asString()).hasSize(64);
		assertThat(json.get("advice").get(0).get("code").asString()).isNotBlank();
	}

	@Test
	void nestedEntriesAndIndicatorTypesAreWrittenInTheContract() throws IOException {
		String eml = "From: Ngan hang <cskh@gmail.com>\r\nSubject: Xac minh\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
				+ "Goi 0912345678 de xac minh.\r\n--b\r\nContent-Type: application/octet-stream; name=\"a.apk\"\r\n"
				+ "Content-Disposition: attachment; filename=\"a.apk\"\r\n\r\nPK\r\n--b--\r\n";
		Path file = Files.writeString(this.dir.resolve("xacminh.eml"), eml);

		Run run = run("check", "file", file.toString(), "--json");

		JsonNode json = JsonOutput.MAPPER.readTree(run.out);
		assertThat(json.get("indicators").toString()).contains("\"type\":\"email\"", "\"type\":\"phone\"")
			.doesNotContain("\"EMAIL\"");
		assertThat(json.get("mail").get("fromAddress").asString()).isEqualTo("cskh@gmail.com");
		assertThat(json.get("entries").get(0).get("fileName").asString()).isEqualTo("a.apk");
		assertThat(json.get("entries").get(0).get("verdict").asString()).isEqualTo("dangerous");
	}

	@Test
	void zipBombIsBadInputWithOnePlainLine() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("zeros"));
			zip.write(new byte[16 * 1024 * 1024]);
			zip.closeEntry();
		}
		Path file = Files.write(this.dir.resolve("bomb.zip"), bytes.toByteArray());

		Run run = run("check", "file", file.toString(), "--json");

		assertThat(run.exitCode).isEqualTo(CanhGiacCli.BAD_INPUT);
		assertThat(run.out).isEmpty();
		assertThat(run.err.strip()).doesNotContain("\n").contains("zip bomb").doesNotContain("Exception");
	}

	@Test
	void missingAndEmptyFilesAreBadInput() throws IOException {
		assertThat(run("check", "file", this.dir.resolve("none.pdf").toString()).exitCode)
			.isEqualTo(CanhGiacCli.BAD_INPUT);
		Path empty = Files.write(this.dir.resolve("empty.pdf"), new byte[0]);
		Run run = run("check", "file", empty.toString());
		assertThat(run.exitCode).isEqualTo(CanhGiacCli.BAD_INPUT);
		assertThat(run.err).contains("empty").doesNotContain("\tat ");
	}

	@Test
	void humanOutputLeadsWithTheVerdictLikeTheOtherChecks() throws IOException {
		Path file = Files.writeString(this.dir.resolve("ghichu.txt"), "Họp lúc 9 giờ", StandardCharsets.UTF_8);
		Run run = run("check", "file", file.toString());
		assertThat(run.exitCode).isZero();
		assertThat(run.out).startsWith("Kết luận: CHƯA THẤY DẤU HIỆU").contains("Tệp: ghichu.txt — text/plain");
	}

	private static byte[] windowsProgram() {
		byte[] program = new byte[256];
		program[0] = 'M';
		program[1] = 'Z';
		program[0x3C] = (byte) 0x80;
		program[0x80] = 'P';
		program[0x81] = 'E';
		return program;
	}

	private static Run run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
		ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(outBuffer, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(errBuffer, true, StandardCharsets.UTF_8));
		try {
			int code = CanhGiacCli.run(args);
			return new Run(code, outBuffer.toString(StandardCharsets.UTF_8),
					errBuffer.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private record Run(int exitCode, String out, String err) {
	}

}
