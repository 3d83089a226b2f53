package vn.canhgiac.app.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.canhgiac.app.CanhGiacApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/canhgiac audit verify|checkpoint} as the launcher runs them: the application
 * without a web server, {@code canhgiac.command=audit}. Exit 0 intact, 1 tampered, 2
 * usage.
 */
class AuditCommandLineTests {

	@Test
	void verifyOnAFreshInstallationIsIntact() {
		assertThat(run(home(), "audit", "verify")).isZero();
	}

	@Test
	void wrongCommandsAreUsageErrors() {
		String home = home();
		assertThat(run(home, "audit")).isEqualTo(2);
		assertThat(run(home, "audit", "nonsense")).isEqualTo(2);
		assertThat(run(home, "audit", "verify", "--checkpoints")).isEqualTo(2);
		assertThat(run(home, "audit", "verify", "--checkpoints", home + "/no-such-file.jsonl")).isEqualTo(2);
	}

	@Test
	void checkpointThenVerifyIsIntactAndATamperedTrailExitsOne() throws Exception {
		String home = home();
		withContext(home, (context) -> {
			AuditTrail trail = context.getBean(AuditTrail.class);
			for (int i = 0; i < 12; i++) {
				trail.record(null, "case.note", "case", Integer.toString(i), "C-1", Map.of("purpose", "mật-" + i));
			}
		});
		assertThat(run(home, "audit", "checkpoint")).isZero();
		Path file = Path.of(home, "audit", "checkpoints.jsonl");
		assertThat(Files.readAllLines(file)).singleElement().asString().startsWith("{\"seq\":12,");
		assertThat(run(home, "audit", "verify")).isZero();
		assertThat(run(home, "audit", "verify", "--checkpoints", file.toString())).isZero();

		withContext(home, (context) -> Tampering.run(context.getBean(DataSource.class),
				"update audit_entry set details = 'purpose=b%C3%AD-m%E1%BA%ADt' where seq = 5"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream original = System.out;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		int code;
		try {
			code = run(home, "audit", "verify");
		}
		finally {
			System.setOut(original);
		}
		assertThat(code).isEqualTo(1);
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("EDITED").contains("Mục 5").contains("Entry 5").contains("TAMPERED");
		assertThat(printed).doesNotContain("bí-mật").doesNotContain("mật-4");
	}

	private static String home() {
		return "target/test-homes/" + UUID.randomUUID();
	}

	/** The application with no command runner and no scheduled jobs, to set things up. */
	private static void withContext(String home, Consumer<ConfigurableApplicationContext> action) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CanhGiacApplication.class)
			.web(WebApplicationType.NONE)
			.environment(environment(home))
			.properties("canhgiac.command=test-setup")
			.run()) {
			action.accept(context);
		}
	}

	/** The home must win over the test configuration's random one. */
	private static StandardEnvironment environment(String home) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("audit-test", Map.of("canhgiac.home", home)));
		return environment;
	}

	private static int run(String home, String... args) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CanhGiacApplication.class)
			.web(WebApplicationType.NONE)
			.environment(environment(home))
			.properties("canhgiac.command=" + args[0])
			.run(args);
		return SpringApplication.exit(context);
	}

}
