package vn.canhgiac.engine.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.Signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveInspectorTests {

	private final FileAnalyzer analyzer = new FileAnalyzer();

	@Test
	void refusesZipBombFromItsDirectoryBeforeInflating() {
		byte[] bomb = TestFiles.zip(Map.of("zeros.bin", new byte[20 * 1024 * 1024]));
		assertThat(bomb.length).isLessThan(100_000);
		assertThatThrownBy(() -> this.analyzer.analyze(bomb, "bomb.zip")).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("archive_bomb");
	}

	@Test
	void refusesEntryThatInflatesPastItsDeclaredSize() {
		byte[] zip = TestFiles.zip(Map.of("data.txt", new byte[200_000]));
		// Declared uncompressed size (offset 24 of a central record) shrunk to 1,000
		// bytes.
		byte[] lying = TestFiles.patchCentralDirectory(zip, 24, 1000, 4);
		assertThatThrownBy(() -> this.analyzer.analyze(lying, "lying.zip")).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("archive_bomb");
	}

	@Test
	void refusesArchiveWithTooManyEntriesFromItsDirectory() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 30; i++) {
			entries.put("f" + i + ".txt", new byte[] { 'x' });
		}
		FileLimits limits = new FileLimits(1 << 20, 20, 1 << 20, 100, 3, 1_000_000);
		assertThatThrownBy(() -> new FileAnalyzer(limits).analyze(TestFiles.zip(entries), "many.zip"))
			.isInstanceOf(InputRejected.class)
			.hasMessageContaining("too many entries");
	}

	@Test
	void readsEntryCountFromZip64RecordBeforeAnyEntry() throws IOException {
		// More than 65,535 entries forces the ZIP64 end record; the 16-bit count says
		// 0xFFFF.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(0);
			for (int i = 0; i < 70_000; i++) {
				zip.putNextEntry(new ZipEntry(Integer.toString(i, 36)));
				zip.closeEntry();
			}
		}
		assertThatThrownBy(() -> this.analyzer.analyze(out.toByteArray(), "many.zip")).isInstanceOf(InputRejected.class)
			.hasMessageContaining("at most 1000");
	}

	@Test
	void refusesArchivesNestedBeyondTheLimit() {
		byte[] inner = TestFiles.zip(Map.of("note.txt", "xin chào".getBytes()));
		for (int level = 0; level < 4; level++) {
			inner = TestFiles.zip(Map.of("level" + level + ".zip", inner));
		}
		byte[] nested = inner;
		assertThatThrownBy(() -> this.analyzer.analyze(nested, "nested.zip")).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("archive_too_deep");
	}

	@Test
	void reportsProgramHiddenInNestedArchiveAsDangerous() {
		byte[] inner = TestFiles.zip(Map.of("hoadon.pdf.exe", TestFiles.windowsProgram()));
		byte[] outer = TestFiles.zip(Map.of("readme.txt", "Hóa đơn tháng 10".getBytes(), "invoice.zip", inner));

		FileReport report = this.analyzer.analyze(outer, "documents.zip");

		assertThat(report.verdict()).isEqualTo("dangerous");
		assertThat(report.category()).isEqualTo("malware");
		FileReport invoice = report.entries()
			.stream()
			.filter((entry) -> entry.fileName().equals("invoice.zip"))
			.findFirst()
			.orElseThrow();
		assertThat(invoice.entries()).singleElement()
			.satisfies((exe) -> assertThat(exe.signals()).extracting(Signal::code)
				.contains("double_extension", "dangerous_file_type"));
	}

	@Test
	void flagsPathTraversalEntry() {
		byte[] zip = TestFiles.zip(Map.of("../../etc/cron.d/job", "* * * * * root id".getBytes()));
		FileReport report = this.analyzer.analyze(zip, "backup.zip");
		assertThat(report.signals()).extracting(Signal::code).contains("archive_path_traversal");
		assertThat(report.verdict()).isEqualTo("dangerous");
	}

	@Test
	void flagsEncryptedEntriesThatCannotBeChecked() {
		byte[] zip = TestFiles.storedZip("hoso.docx", "secret".getBytes());
		// General purpose flag bit 0 (offset 8 of a central record): the entry is
		// encrypted.
		byte[] encrypted = TestFiles.patchCentralDirectory(zip, 8, 1, 2);
		FileReport report = this.analyzer.analyze(encrypted, "hoso.zip");
		assertThat(report.signals()).extracting(Signal::code).containsExactly("archive_encrypted_entry");
		assertThat(report.verdict()).isEqualTo("suspicious");
		assertThat(report.entries()).isEmpty();
	}

	@Test
	void refusesTruncatedArchive() {
		byte[] zip = TestFiles.zip(Map.of("a.txt", "hello".repeat(100).getBytes()));
		byte[] truncated = Arrays.copyOf(zip, zip.length - 30);
		assertThatThrownBy(() -> this.analyzer.analyze(truncated, "a.zip")).isInstanceOf(InputRejected.class)
			.extracting((ex) -> ((InputRejected) ex).code())
			.isEqualTo("truncated");
	}

	@Test
	void archiveKindsThatAreNotOpenedAreSuspicious() {
		byte[] rar = { 'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 0x33, (byte) 0x92, (byte) 0xB5, (byte) 0xE5, 0x0A,
				0x01, 0x05, 0x06, 0x00, 0x05, 0x01, 0x01, (byte) 0x80, (byte) 0x80, 0x00 };
		FileReport report = this.analyzer.analyze(rar, "hoadon.rar");
		assertThat(report.signals()).extracting(Signal::code).containsExactly("archive_not_inspected");
		assertThat(report.verdict()).isEqualTo("suspicious");
	}

	@Test
	void ordinaryArchiveHasNoSigns() {
		byte[] zip = TestFiles.zip(Map.of("baocao.txt", "Báo cáo công tác quý III".getBytes()));
		FileReport report = this.analyzer.analyze(zip, "baocao.zip");
		assertThat(report.verdict()).isEqualTo("no_signs");
		assertThat(report.entries()).singleElement().satisfies((entry) -> {
			assertThat(entry.detectedType()).isEqualTo("text/plain");
			assertThat(entry.text()).contains("Báo cáo");
		});
	}

}
