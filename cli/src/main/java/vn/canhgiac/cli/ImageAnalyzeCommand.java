package vn.canhgiac.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.forensics.ImageAnalysis;
import vn.canhgiac.engine.forensics.ImageAnalysisOptions;
import vn.canhgiac.engine.forensics.ImageForensics;
import vn.canhgiac.engine.forensics.ImageReport;
import vn.canhgiac.engine.forensics.MapEntry;
import vn.canhgiac.engine.forensics.ReferencePhoto;

/**
 * {@code image analyze FILE [--ref FILE]... [--json] [--out DIR]} and
 * {@code image analyze --batch REQUESTS.jsonl --json}. Thin: reads files, calls
 * {@link ImageForensics}, prints; bad input is one plain line on stderr and exit 2.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
		description = { "Phân tích một ảnh: có bị cắt ghép không, ở đâu, lấy từ ảnh nào.",
				"Analyse a picture: is it a composite, where, and from which reference photo." })
final class ImageAnalyzeCommand implements Callable<Integer> {

	@Parameters(arity = "0..1", paramLabel = "FILE",
			description = "picture to analyse (JPEG, PNG, WebP, TIFF, BMP, GIF)")
	Path file;

	@Option(names = "--ref", paramLabel = "FILE", description = "reference photo of the person (repeatable)")
	List<Path> references = new ArrayList<>();

	@Option(names = "--json", description = "one JSON report on stdout")
	boolean json;

	@Option(names = "--out", paramLabel = "DIR", description = "write heat-map PNGs here")
	Path out;

	@Option(names = "--batch", paramLabel = "REQUESTS.jsonl",
			description = "one request per line: {\"id\": \"…\", \"file\": \"path\", \"refs\": [\"path\", …]}")
	Path batch;

	@Override
	public Integer call() {
		PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		try {
			if (this.batch != null) {
				return new ImageBatch(ImageEngine.INSTANCE).run(this.batch, stdout);
			}
			if (this.file == null) {
				throw new InputRejected("usage",
						"Thiếu tệp ảnh: image analyze FILE [--ref FILE]... [--json] [--out DIR].",
						"Missing picture: image analyze FILE [--ref FILE]... [--json] [--out DIR].");
			}
			List<ReferencePhoto> refs = new ArrayList<>();
			for (Path ref : this.references) {
				refs.add(new ReferencePhoto(ref.getFileName().toString(), ImageFiles.read(ref)));
			}
			ImageAnalysis analysis = ImageEngine.INSTANCE.analyze(ImageFiles.read(this.file), refs,
					ImageAnalysisOptions.defaults(this.file.getFileName().toString()));
			ImageReport report = analysis.report();
			if (this.out != null) {
				report = report.withMaps(writeMaps(analysis, this.out));
			}
			stdout.println(this.json ? JsonOutput.line(report) : ImageSummary.vietnamese(report));
			return 0;
		}
		catch (InputRejected ex) {
			System.err.println(ex.messageVi() + " / " + ex.messageEn());
			return CanhGiacCli.BAD_INPUT;
		}
	}

	static List<MapEntry> writeMaps(ImageAnalysis analysis, Path dir) {
		try {
			Files.createDirectories(dir);
			List<MapEntry> entries = new ArrayList<>();
			for (MapEntry entry : analysis.report().maps()) {
				Path heat = dir.resolve(entry.kind() + ".png");
				Files.write(heat, analysis.heatMapPng(entry.kind()));
				Files.write(dir.resolve(entry.kind() + "-overlay.png"), analysis.overlayPng(entry.kind()));
				entries.add(new MapEntry(entry.kind(), heat.toString()));
			}
			return entries;
		}
		catch (IOException ex) {
			throw new InputRejected("output_unwritable", "Không ghi được vào thư mục kết quả " + dir + ".",
					"Cannot write to the output folder " + dir + ".");
		}
	}

	/** One analyser per process: loading the face cascade takes a moment. */
	static final class ImageEngine {

		static final ImageForensics INSTANCE = new ImageForensics();

		private ImageEngine() {
		}

	}

	/** File reading with the CLI's plain-words errors. */
	static final class ImageFiles {

		private ImageFiles() {
		}

		static byte[] read(Path path) {
			try {
				if (Files.size(path) > 64L * 1024 * 1024) {
					throw new InputRejected("too_large", "Tệp quá lớn (tối đa 64 MB): " + path.getFileName(),
							"The file is too large (at most 64 MB): " + path.getFileName());
				}
				return Files.readAllBytes(path);
			}
			catch (NoSuchFileException ex) {
				throw new InputRejected("not_found", "Không tìm thấy tệp: " + path, "File not found: " + path);
			}
			catch (IOException ex) {
				throw new InputRejected("unreadable", "Không đọc được tệp: " + path, "Cannot read the file: " + path);
			}
		}

	}

}
