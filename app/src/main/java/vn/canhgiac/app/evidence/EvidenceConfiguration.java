package vn.canhgiac.app.evidence;

import java.io.IOException;

import javax.crypto.SecretKey;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.canhgiac.app.platform.CanhGiacProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

	@Bean
	EvidenceStorage evidenceStorage(CanhGiacProperties properties) throws IOException {
		return new FileSystemEvidenceStorage(properties.home().resolve("evidence"));
	}

	@Bean
	SecretKey evidenceKey(CanhGiacProperties properties, EvidenceProperties evidence) {
		return EvidenceKey.load(properties.home(), evidence.key());
	}

}
