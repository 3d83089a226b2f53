package vn.canhgiac.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON writer of the CLI: records in, one compact line out, UTF-8, with stable
 * field order (declaration order of the record components).
 */
final class JsonOutput {

	static final JsonMapper MAPPER = JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

	private JsonOutput() {
	}

	static String line(Object value) {
		return MAPPER.writeValueAsString(value);
	}

}
