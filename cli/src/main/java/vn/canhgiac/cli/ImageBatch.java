package vn.canhgiac.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.forensics.ImageAnalysisOptions;
import vn.canhgiac.engine.forensics.ImageForensics;
import vn.canhgiac.engine.forensics.ReferencePhoto;

/**
 * Batch mode: one JSON request per line in, one JSON line out with the same {@code id}. A
 * bad line yields an error line for that id and the batch goes on. Relative paths are
 * resolved against the working directory, then against the requests file's folder.
 */
final class ImageBatch {

	record ErrorLine(String id, String error, String messageVi, String messageEn) {
	}

	private final ImageForensics forensics;

	ImageBatch(ImageForensics forensics) {
		this.forensics = forensics;
	}

	int run(Path requests, PrintStream out) {
		Path base = requests.toAbsolutePath().getParent();
		try (BufferedReader reader = Files.newBufferedReader(requests, StandardCharsets.UTF_8)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				out.println(handle(line, number, base));
			}
			return 0;
		}
		catch (NoSuchFileException ex) {
			throw new InputRejected("not_found", "Không tìm thấy tệp yêu cầu: " + requests,
					"Requests file not found: " + requests);
		}
		catch (IOException ex) {
			throw new InputRejected("unreadable", "Không đọc được tệp yêu cầu: " + requests,
					"Cannot read the requests file: " + requests);
		}
	}

	private String handle(String line, int number, Path base) {
		String id = "line-" + number;
		try {
			JsonNode request = JsonOutput.MAPPER.readTree(line);
			if (request.hasNonNull("id")) {
				id = request.get("id").asString();
			}
			if (!request.hasNonNull("file")) {
				throw new InputRejected("missing_file", "Dòng yêu cầu thiếu trường \"file\".",
						"The request line has no \"file\" field.");
			}
			List<ReferencePhoto> refs = new ArrayList<>();
			if (request.has("refs")) {
				for (JsonNode ref : request.get("refs")) {
					Path path = resolve(ref.asString(), base);
					refs.add(new ReferencePhoto(path.getFileName().toString(),
							ImageAnalyzeCommand.ImageFiles.read(path)));
				}
			}
			byte[] bytes = ImageAnalyzeCommand.ImageFiles.read(resolve(request.get("file").asString(), base));
			return JsonOutput.line(this.forensics.analyze(bytes, refs, ImageAnalysisOptions.defaults(id)).report());
		}
		catch (InputRejected ex) {
			return JsonOutput.line(new ErrorLine(id, ex.code(), ex.messageVi(), ex.messageEn()));
		}
		catch (RuntimeException ex) {
			return JsonOutput.line(new ErrorLine(id, "bad_request", "Dòng yêu cầu không phải JSON hợp lệ.",
					"The request line is not valid JSON."));
		}
	}

	private static Path resolve(String path, Path base) {
		Path p = Path.of(path);
		if (p.isAbsolute() || Files.exists(p) || base == null) {
			return p;
		}
		return base.resolve(p);
	}

}
