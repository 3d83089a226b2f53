package vn.canhgiac.app.evidence;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxUploadBytes largest single upload
 * @param dailyQuotaBytes what one account may upload in 24 hours
 * @param key optional base64 AES-256 key; by default a key file under CANHGIAC_HOME/keys
 */
@ConfigurationProperties("canhgiac.evidence")
record EvidenceProperties(@DefaultValue("26214400") long maxUploadBytes,
		@DefaultValue("524288000") long dailyQuotaBytes, @Nullable String key) {

}
