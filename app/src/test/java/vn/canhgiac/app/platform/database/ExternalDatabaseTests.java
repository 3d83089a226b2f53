package vn.canhgiac.app.platform.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.canhgiac.app.accounts.AccountManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external-database mode against Debian's PostgreSQL, which {@code .ci/run} starts on
 * 127.0.0.1 and announces through {@code CANHGIAC_TEST_EXTERNAL_DB_*}. On CI the test
 * always runs (and fails if the server is missing); on a developer machine it runs when
 * the variables are set.
 */
@SpringBootTest
@EnabledIf("externalDatabaseExpected")
class ExternalDatabaseTests {

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> required("CANHGIAC_TEST_EXTERNAL_DB_URL"));
		registry.add("spring.datasource.username", () -> required("CANHGIAC_TEST_EXTERNAL_DB_USERNAME"));
		registry.add("spring.datasource.password", () -> required("CANHGIAC_TEST_EXTERNAL_DB_PASSWORD"));
	}

	static boolean externalDatabaseExpected() {
		return System.getenv("CANHGIAC_TEST_EXTERNAL_DB_URL") != null || System.getenv("CI") != null;
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Test
	void migrationsApplyAndTheEmbeddedServerIsNotStarted() {
		assertThat(this.context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
		Integer failed = this.jdbc.sql("select count(*) from flyway_schema_history where not success")
			.query(Integer.class)
			.single();
		assertThat(failed).isZero();
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history").query(Integer.class).single())
			.isGreaterThanOrEqualTo(2);
		String server = this.jdbc.sql("show server_version").query(String.class).single();
		assertThat(server).startsWith("15.");
	}

	@Test
	void demoAccountsAreUsable() {
		assertThat(this.accounts.account("staff")).isPresent();
	}

	private static String required(String name) {
		String value = System.getenv(name);
		if (value == null) {
			throw new IllegalStateException(name + " is not set: .ci/run starts Debian's PostgreSQL and sets it");
		}
		return value;
	}

}
