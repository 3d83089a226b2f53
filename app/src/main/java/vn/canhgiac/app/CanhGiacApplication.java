package vn.canhgiac.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;

/**
 * The Cảnh Giác portal. Each direct sub-package is a Spring Modulith application module
 * (see docs/architecture.md). {@code bin/canhgiac admin ...} runs the same application
 * without the web server to execute one administration command against the configured
 * database.
 */
@Modulithic(systemName = "Cảnh Giác")
@SpringBootApplication
public class CanhGiacApplication {

	/** One-off commands that use the configured database; each module answers its own. */
	static final java.util.Set<String> COMMANDS = java.util.Set.of("admin", "evidence", "audit", "intel", "cases",
			"report");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(CanhGiacApplication.class)
				.web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.properties("canhgiac.command=" + args[0], "logging.level.root=WARN", "spring.main.banner-mode=off")
				.run(args);
			System.exit(SpringApplication.exit(context));
		}
		SpringApplication.run(CanhGiacApplication.class, args);
	}

}
