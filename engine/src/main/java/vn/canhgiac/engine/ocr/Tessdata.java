package vn.canhgiac.engine.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Finds Tesseract's language data without configuration: {@code TESSDATA_PREFIX} first
 * (as Tesseract itself reads it, either the tessdata folder or its parent), then the
 * folders of Debian's {@code tesseract-ocr-vie}/{@code tesseract-ocr-eng} packages
 * (version 5 and 4.00 layouts).
 */
final class Tessdata {

	static final String LANGUAGES = "vie+eng";

	private static final List<String> DEBIAN_FOLDERS = List.of("/usr/share/tesseract-ocr/5/tessdata",
			"/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata");

	private Tessdata() {
	}

	static Optional<Path> locate(@Nullable String prefix) {
		List<Path> candidates = new ArrayList<>();
		if (prefix != null && !prefix.isBlank()) {
			candidates.add(Path.of(prefix));
			candidates.add(Path.of(prefix, "tessdata"));
		}
		DEBIAN_FOLDERS.forEach((folder) -> candidates.add(Path.of(folder)));
		return candidates.stream()
			.filter((dir) -> Files.isRegularFile(dir.resolve("vie.traineddata"))
					&& Files.isRegularFile(dir.resolve("eng.traineddata")))
			.findFirst();
	}

}
