package vn.canhgiac.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The engine's version, written into every report so that a finding can be re-derived
 * with the same code.
 */
public final class EngineVersion {

	private static final String VERSION = load();

	private EngineVersion() {
	}

	public static String current() {
		return VERSION;
	}

	private static String load() {
		try (InputStream in = EngineVersion.class.getResourceAsStream("engine.properties")) {
			if (in == null) {
				return "unknown";
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
