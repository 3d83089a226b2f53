package vn.canhgiac.app;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-off commands start the application without a web server, exactly as
 * {@code bin/canhgiac admin …} and {@code bin/canhgiac evidence verify} do.
 */
class CommandLineTests {

	@Test
	void evidenceVerifyRunsWithoutTheWebServerAndSucceedsOnAnIntactStore() {
		assertThat(run("evidence", "verify")).isZero();
	}

	@Test
	void unknownEvidenceCommandIsBadInput() {
		assertThat(run("evidence", "nonsense")).isEqualTo(2);
	}

	private static int run(String... args) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CanhGiacApplication.class)
			.web(WebApplicationType.NONE)
			.properties("canhgiac.command=" + args[0], "canhgiac.home=target/test-homes/" + UUID.randomUUID())
			.run(args);
		return SpringApplication.exit(context);
	}

}
