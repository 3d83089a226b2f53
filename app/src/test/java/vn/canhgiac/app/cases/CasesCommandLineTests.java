package vn.canhgiac.app.cases;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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
 * {@code bin/canhgiac cases verify} as the launcher runs it, over the demo cases: every
 * case verifies, and a changed stored object makes its case fail.
 */
class CasesCommandLineTests {

	@Test
	void everyDemoCaseVerifiesUntilAStoredObjectChanges() throws Exception {
		String home = "target/test-homes/" + UUID.randomUUID();
		Run first = run(home, "cases", "verify");
		assertThat(first.code()).as(first.out()).isZero();
		assertThat(first.out()).contains("CASE VERIFIED").contains("VV-").doesNotContain("NOT VERIFIED");

		Path stored;
		try (Stream<Path> files = Files.walk(Path.of(home, "evidence"))) {
			stored = files.filter(Files::isRegularFile)
				.filter((p) -> !p.toString().contains("/tmp/"))
				.filter((p) -> first.out().contains(p.getFileName().toString()))
				.findFirst()
				.orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(stored);
		bytes[bytes.length / 2] ^= 1;
		Files.write(stored, bytes);

		Run second = run(home, "cases", "verify");
		assertThat(second.code()).isEqualTo(1);
		assertThat(second.out()).contains("NOT VERIFIED\t" + stored.getFileName()).contains("CASE NOT VERIFIED");
		assertThat(run(home, "cases", "nonsense").code()).isEqualTo(2);
	}

	private static Run run(String home, String... args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("cases-test",
					Map.of("canhgiac.home", home, "canhgiac.demo.sample-reports", "true")));
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

	private record Run(int code, String out) {
	}

}
