package vn.canhgiac.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import vn.canhgiac.engine.InputRejected;

/**
 * {@code --batch REQUESTS.jsonl}: one JSON request per line in, one JSON line out with
 * the same {@code id}. A line that cannot be analysed yields an error line for that id
 * and the batch goes on.
 */
final class CheckBatch {

	/** Longest request line read; a longer one is answered with an error. */
	private static final int MAX_LINE_CHARS = 2 * CheckInput.MAX_BYTES;

	private CheckBatch() {
	}

	/**
	 * @param analyse turns a request and its id into the report record to write
	 */
	static int run(Path requests, PrintStream out, BiFunction<JsonNode, @Nullable String, Object> analyse) {
		if (!Files.isRegularFile(requests)) {
			throw new InputRejected("not_found", "Không tìm thấy tệp yêu cầu " + requests + ".",
					"Request file not found: " + requests + ".");
		}
		try (InputStream in = Files.newInputStream(requests);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in,
						StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					out.println(JsonOutput.line(answer(line, analyse)));
				}
			}
			out.flush();
			return 0;
		}
		catch (IOException ex) {
			throw new InputRejected("unreadable", "Không đọc được tệp yêu cầu " + requests + ".",
					"Cannot read request file " + requests + ".");
		}
	}

	private static Object answer(String line, BiFunction<JsonNode, @Nullable String, Object> analyse) {
		String id = null;
		try {
			if (line.length() > MAX_LINE_CHARS) {
				throw new InputRejected("too_large", "Dòng yêu cầu quá dài.", "The request line is too long.");
			}
			JsonNode request = JsonOutput.MAPPER.readTree(line);
			if (request == null || !request.isObject()) {
				throw malformed();
			}
			JsonNode idNode = request.get("id");
			id = (idNode == null || idNode.isNull()) ? null : idNode.asString();
			return analyse.apply(request, id);
		}
		catch (JacksonException ex) {
			return error(id, malformed());
		}
		catch (InputRejected ex) {
			return error(id, ex);
		}
	}

	static String requiredString(JsonNode request, String field) {
		JsonNode node = request.get(field);
		if (node == null || !node.isString()) {
			throw new InputRejected("missing_field", "Thiếu trường \"" + field + "\" (chuỗi) trong dòng yêu cầu.",
					"The request line lacks a \"" + field + "\" string field.");
		}
		return node.stringValue();
	}

	private static InputRejected malformed() {
		return new InputRejected("malformed", "Dòng yêu cầu không phải JSON hợp lệ.",
				"The request line is not valid JSON.");
	}

	private static CheckReportJson.Error error(@Nullable String id, InputRejected ex) {
		return new CheckReportJson.Error(id,
				new CheckReportJson.ErrorDetail(ex.code(), ex.messageVi(), ex.messageEn()));
	}

}
