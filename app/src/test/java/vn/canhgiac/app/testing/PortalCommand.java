package vn.canhgiac.app.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.canhgiac.app.CanhGiacApplication;

/**
 * Runs one {@code bin/canhgiac <module> …} command the way the launcher does (no web
 * server, {@code canhgiac.command} set), against the home {@code home}, and captures what
 * it prints.
 */
public final class PortalCommand {

	private PortalCommand() {
	}

	public record Run(int code, String out) {
	}

	public static Run run(String home, Map<String, String> properties, String... args) {
		Map<String, Object> settings = new HashMap<>(properties);
		settings.put("canhgiac.home", home);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("command-test", settings));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream original = System.out;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(CanhGiacApplication.class)
				.web(WebApplicationType.NONE)
				.environment(environment)
				.properties("canhgiac.command=" + args[0])
				.run(args);
			return new Run(SpringApplication.exit(context), out.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(original);
		}
	}

}
