package vn.canhgiac.app.evidence;

import java.io.IOException;
import java.util.Locale;

import javax.crypto.SecretKey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.canhgiac.app.platform.CanhGiacProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EvidenceProperties.class, S3StorageProperties.class })
class EvidenceConfiguration {

	/**
	 * {@code canhgiac.storage}: {@code filesystem} (the default, under
	 * {@code CANHGIAC_HOME/evidence}) or {@code s3} (ADR 0101).
	 */
	@Bean
	EvidenceStorage evidenceStorage(CanhGiacProperties properties, S3StorageProperties s3,
			@Value("${canhgiac.storage:filesystem}") String storage) throws IOException {
		return switch (storage.strip().toLowerCase(Locale.ROOT)) {
			case "filesystem", "" -> new FileSystemEvidenceStorage(properties.home().resolve("evidence"));
			case "s3" -> S3Clients.storage(s3);
			default -> throw new IllegalStateException(
					"canhgiac.storage (CANHGIAC_STORAGE) must be 'filesystem' or 's3', not '" + storage + "'");
		};
	}

	@Bean
	SecretKey evidenceKey(CanhGiacProperties properties, EvidenceProperties evidence) {
		return EvidenceKey.load(properties.home(), evidence.key());
	}

}
