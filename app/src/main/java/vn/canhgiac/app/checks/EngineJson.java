package vn.canhgiac.app.checks;

import java.lang.reflect.Method;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Engine reports as JSON in the contract of DESIGN.md §2: records by their components,
 * and the engine's enums (verdicts, indicator types) by their {@code wireName()}
 * ({@code scam}, {@code bank_account}), not their Java names.
 */
final class EngineJson {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.addModule(new SimpleModule("engine-wire-names").addSerializer(Enum.class, new WireNames()))
		.build();

	private EngineJson() {
	}

	static String write(Object report) {
		return MAPPER.writeValueAsString(report);
	}

	@SuppressWarnings("rawtypes")
	private static final class WireNames extends ValueSerializer<Enum> {

		@Override
		public void serialize(Enum value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(wireName(value));
		}

		static String wireName(Enum<?> value) {
			try {
				Method method = value.getDeclaringClass().getMethod("wireName");
				return String.valueOf(method.invoke(value));
			}
			catch (ReflectiveOperationException ex) {
				return value.name().toLowerCase(java.util.Locale.ROOT);
			}
		}

	}

}
