package vn.canhgiac.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.files.FileAnalyzer;
import vn.canhgiac.engine.files.FileLimits;

/**
 * {@code check file FILE [--json]}: e-mails, PDF, Office documents, APK, archives, images
 * and screenshots (OCR and QR codes), checked offline; nothing inside is opened or
 * fetched.
 */
@Command(name = "file", mixinStandardHelpOptions = true,
		description = {
				"Kiểm tra tệp đáng ngờ: thư .eml, PDF, Office, APK, ZIP, ảnh chụp màn hình, ảnh thư (OCR + QR).",
				"Check a suspicious file: .eml, PDF, Office, APK, ZIP, screenshots and letter photos (OCR + QR)." })
final class CheckFileCommand implements Callable<Integer> {

	static {
		// Tika logs through SLF4J; without a provider SLF4J prints three warning lines on
		// stderr, which the CLI keeps for one line on bad input. The no-op provider ships
		// in
		// slf4j-api itself; the verbosity setting silences SLF4J's note that it was
		// chosen.
		System.setProperty("slf4j.internal.verbosity", "ERROR");
		System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
	}

	@Parameters(index = "0", paramLabel = "FILE", description = "tệp cần kiểm tra / the file to check")
	Path file;

	@Option(names = "--json", description = "một dòng JSON / one JSON line")
	boolean json;

	@Override
	public Integer call() {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		FileLimits limits = FileLimits.defaults();
		try {
			byte[] bytes = read(this.file, limits.maxBytes());
			Path name = this.file.getFileName();
			CheckFileJson report = CheckFileJson
				.of(new FileAnalyzer(limits).analyze(bytes, (name != null) ? name.toString() : this.file.toString()));
			if (this.json) {
				out.println(JsonOutput.line(report));
			}
			else {
				CheckSummary.print(report.summary(), out);
				CheckFileText.print(report, out);
			}
			return 0;
		}
		catch (InputRejected ex) {
			return CheckFailure.report(ex);
		}
		catch (RuntimeException ex) {
			// A defect, not the user's input: still one plain line, never a stack trace.
			System.err
				.println("Không kiểm tra được tệp do lỗi nội bộ. / The file could not be checked (internal error).");
			System.err.flush();
			return 1;
		}
	}

	/** The size is checked before reading, so a huge file costs nothing. */
	static byte[] read(Path file, long maxBytes) {
		try {
			if (Files.isDirectory(file)) {
				throw new InputRejected("not_a_file", "Đây là thư mục, không phải tệp.",
						"This is a folder, not a file.");
			}
			if (Files.size(file) > maxBytes) {
				throw new InputRejected("too_large", "Tệp quá lớn (tối đa " + maxBytes / (1024 * 1024) + " MB).",
						"The file is too large: at most " + maxBytes / (1024 * 1024) + " MB is accepted.");
			}
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new InputRejected("not_found", "Không tìm thấy tệp " + file + ".", "File not found: " + file + ".");
		}
		catch (IOException ex) {
			throw new InputRejected("unreadable", "Không đọc được tệp " + file + ".", "Cannot read file " + file + ".");
		}
	}

}
