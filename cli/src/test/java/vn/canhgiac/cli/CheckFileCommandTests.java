package vn.canhgiac.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CheckFileCommandTests {

	@TempDir
	Path dir;

	@Test
	void printsFileReportAsOneJsonLine() throws IOException {
		byte[] program = new byte[256];
		program[0] = 'M';
		program[1] = 'Z';
		program[0x3C] = (byte) 0x80;
		program[0x80] = 'P';
		program[0x81] = 'E';
		Path file = Files.write(this.dir.resolve("hoadon.pdf.exe"), program);

		Run run = run(file.toString(), "--json");

		assertThat(run.exitCode).isZero();
		assertThat(run.err).isEmpty();
		assertThat(run.out.strip()).doesNotContain("\n");
		JsonNode json = JsonOutput.MAPPER.readTree(run.out);
		assertThat(json.get("id").asString()).isEqualTo("hoadon.pdf.exe");
		assertThat(json.get("verdict").asString()).isEqualTo("dangerous");
		assertThat(json.get("signals").get(0).get("code").asString()).isIn("double_extension", "dangerous_file_type");
		assertThat(json.has("sha256")).isTrue();
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

		Run run = run(file.toString(), "--json");

		assertThat(run.exitCode).isEqualTo(CanhGiacCli.BAD_INPUT);
		assertThat(run.out).isEmpty();
		assertThat(run.err.strip()).doesNotContain("\n").contains("zip bomb").doesNotContain("Exception");
	}

	@Test
	void missingAndEmptyFilesAreBadInput() throws IOException {
		assertThat(run(this.dir.resolve("none.pdf").toString()).exitCode).isEqualTo(CanhGiacCli.BAD_INPUT);
		Path empty = Files.write(this.dir.resolve("empty.pdf"), new byte[0]);
		Run run = run(empty.toString());
		assertThat(run.exitCode).isEqualTo(CanhGiacCli.BAD_INPUT);
		assertThat(run.err).contains("empty");
	}

	@Test
	void humanOutputLeadsWithTheVerdict() throws IOException {
		Path file = Files.writeString(this.dir.resolve("ghichu.txt"), "Họp lúc 9 giờ", StandardCharsets.UTF_8);
		Run run = run(file.toString());
		assertThat(run.exitCode).isZero();
		assertThat(run.out).startsWith("Chưa thấy dấu hiệu / no signs");
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine command = new CommandLine(new CheckFileCommand());
		command.setOut(new PrintWriter(out));
		command.setErr(new PrintWriter(err));
		int exitCode = command.execute(args);
		return new Run(exitCode, out.toString(), err.toString());
	}

	private record Run(int exitCode, String out, String err) {
	}

}
