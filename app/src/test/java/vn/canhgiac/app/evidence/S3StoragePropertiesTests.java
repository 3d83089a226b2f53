package vn.canhgiac.app.evidence;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The environment variables the README names bind to the S3 settings. */
class S3StoragePropertiesTests {

	@Test
	void readmeEnvironmentVariablesBind() {
		S3StorageProperties properties = bind(Map.of("CANHGIAC_STORAGE", "s3", "CANHGIAC_STORAGE_S3_ENDPOINT",
				"http://127.0.0.1:9000", "CANHGIAC_STORAGE_S3_BUCKET", "bang-chung", "CANHGIAC_STORAGE_S3_ACCESS_KEY",
				"ak", "CANHGIAC_STORAGE_S3_SECRET_KEY", "sk", "CANHGIAC_STORAGE_S3_PATH_STYLE", "true",
				"CANHGIAC_STORAGE_S3_PART_SIZE", "16MB", "CANHGIAC_STORAGE_S3_TIMEOUTS_API_CALL_ATTEMPT", "7s",
				"CANHGIAC_STORAGE_S3_TIMEOUTS_SOCKET", "3s"));
		assertThat(properties.endpoint()).hasToString("http://127.0.0.1:9000");
		assertThat(properties.bucket()).isEqualTo("bang-chung");
		assertThat(properties.accessKey()).isEqualTo("ak");
		assertThat(properties.secretKey()).isEqualTo("sk");
		assertThat(properties.pathStyle()).isTrue();
		assertThat(properties.partSize()).isEqualTo(DataSize.ofMegabytes(16));
		assertThat(properties.timeouts().apiCallAttempt()).isEqualTo(Duration.ofSeconds(7));
		assertThat(properties.timeouts().socket()).isEqualTo(Duration.ofSeconds(3));
		assertThat(properties.timeouts().apiCall()).isEqualTo(Duration.ofSeconds(120));
		assertThat(properties.prefix()).isEqualTo("evidence/");
	}

	@Test
	void s3WithoutABucketOrWithTinyPartsIsAConfigurationError() {
		assertThatThrownBy(() -> S3Clients.storage(bind(Map.of()))).hasMessageContaining("canhgiac.storage.s3.bucket");
		assertThatThrownBy(() -> S3Clients
			.storage(bind(Map.of("CANHGIAC_STORAGE_S3_BUCKET", "b", "CANHGIAC_STORAGE_S3_PART_SIZE", "1MB"))))
			.hasMessageContaining("part-size");
	}

	private static S3StorageProperties bind(Map<String, Object> environment) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		env.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					environment));
		ConfigurationPropertySources.attach(env);
		return Binder.get(env).bindOrCreate("canhgiac.storage.s3", S3StorageProperties.class);
	}

}
