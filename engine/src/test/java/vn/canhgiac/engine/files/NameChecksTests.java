package vn.canhgiac.engine.files;

import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.Signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameChecksTests {

	private final FileAnalyzer analyzer = new FileAnalyzer();

	@Test
	void flagsDoubleExtension() {
		FileReport report = this.analyzer.analyze(TestFiles.windowsProgram(), "hoadon.pdf.exe");
		assertThat(report.verdict()).isEqualTo("dangerous");
		assertThat(report.signals()).extracting(Signal::code).contains("double_extension", "dangerous_file_type");
		assertThat(report.declaredExtension()).isEqualTo("exe");
	}

	@Test
	void flagsProgramNamedAsDocument() {
		FileReport report = this.analyzer.analyze(TestFiles.windowsProgram(), "quyetdinh.pdf");
		assertThat(report.verdict()).isEqualTo("dangerous");
		assertThat(report.signals()).extracting(Signal::code).contains("dangerous_file_type", "extension_mismatch");
	}

	@Test
	void flagsDirectionOverrideInName() {
		FileReport report = this.analyzer.analyze("echo".getBytes(), "hoadon\u202Efdp.bat");
		assertThat(report.signals()).extracting(Signal::code).contains("file_name_direction_override");
	}

	@Test
	void scriptIsDangerousByItsExtension() {
		FileReport report = this.analyzer.analyze("WScript.Shell".getBytes(), "thongbao.vbs");
		assertThat(report.verdict()).isEqualTo("dangerous");
	}

	@Test
	void refusesUnrecognisableContentNamedAsDocument() {
		byte[] noise = new byte[4096];
		new Random(4).nextBytes(noise);
		noise[0] = 0x01;
		assertThatThrownBy(() -> this.analyzer.analyze(noise, "congvan.pdf")).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("mislabelled");
	}

	@Test
	void refusesEmptyAndOversizedFiles() {
		assertThatThrownBy(() -> this.analyzer.analyze(new byte[0], "a.pdf")).isInstanceOf(InputRejected.class)
			.hasMessageContaining("empty");
		FileAnalyzer small = new FileAnalyzer(FileLimits.defaults().withMaxBytes(10));
		assertThatThrownBy(() -> small.analyze(new byte[11], "a.txt")).isInstanceOf(InputRejected.class)
			.hasMessageContaining("too large");
	}

	@Test
	void plainTextHasNoSignsAndKeepsItsHash() {
		FileReport report = this.analyzer.analyze("abc".getBytes(), "ghichu.txt");
		assertThat(report.verdict()).isEqualTo("no_signs");
		assertThat(report.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(report.advice()).isNotEmpty();
	}

}
