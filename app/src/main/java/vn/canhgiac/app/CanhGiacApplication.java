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
			"report", "backup");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			if (args[0].equals("backup")) {
				// A backup or restore must not seed demo data into what it copies or
				// restores: the seeders only run in demo mode. (A system property, so it
				// wins over CANHGIAC_MODE.)
				System.setProperty("canhgiac.mode", "production");
			}
			ConfigurableApplicationContext context = new SpringApplicationBuilder(CanhGiacApplication.class)
				.web(WebApplicationType.NONE)
				.logStartupInfo(false)
				.properties("canhgiac.command=" + args[0], "logging.level.root=WARN", "spring.main.banner-mode=off",
						// Spring Modulith Moments (unused here) turns on @Scheduled for
						// every
						// process: a one-off command would otherwise run the check worker
						// and
						// the other jobs against the database it is backing up, restoring
						// or
						// verifying (PlatformConfiguration enables them for serve only)
						"spring.modulith.moments.enabled=false")
				.run(args);
			System.exit(SpringApplication.exit(context));
		}
		SpringApplication.run(CanhGiacApplication.class, args);
	}

}
