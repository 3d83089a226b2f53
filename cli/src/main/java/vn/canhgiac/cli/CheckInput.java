package vn.canhgiac.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import vn.canhgiac.engine.InputRejected;

/**
 * Reads text for a check with a hard size limit, so a 100 MB input is refused after
 * reading 1 MB, and strict UTF-8, so garbled input is named as such instead of being
 * analysed as replacement characters.
 */
final class CheckInput {

	static final int MAX_BYTES = 1_000_000;

	private CheckInput() {
	}

	static String text(InputStream in) {
		try {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new InputRejected("too_large", "Văn bản quá lớn: tối đa 1 MB.",
						"The text is too large: at most 1 MB.");
			}
			return decode(bytes);
		}
		catch (IOException ex) {
			throw new InputRejected("unreadable", "Không đọc được dữ liệu vào.", "The input could not be read.");
		}
	}

	static String text(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return text(in);
		}
		catch (NoSuchFileException ex) {
			throw new InputRejected("not_found", "Không tìm thấy tệp " + file + ".", "File not found: " + file + ".");
		}
		catch (IOException ex) {
			throw new InputRejected("unreadable", "Không đọc được tệp " + file + ".", "Cannot read file " + file + ".");
		}
	}

	static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new InputRejected("invalid_utf8", "Văn bản không phải UTF-8 hợp lệ; hãy lưu lại dưới dạng UTF-8.",
					"The text is not valid UTF-8; save it as UTF-8.");
		}
	}

}
