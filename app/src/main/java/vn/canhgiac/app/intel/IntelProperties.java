package vn.canhgiac.app.intel;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code canhgiac.intel.*}.
 *
 * @param overCorrelationCases a value seen in more cases than this is flagged and links
 * no more cases (a shared hotline, a big exchange's deposit address)
 * @param imageHashDistance perceptual hashes at most this many bits apart are the same
 * picture (resized, recompressed)
 * @param textDistance SimHashes at most this many bits apart are the same letter
 * @param lookupPerMinute public lookups per client per minute (sustained)
 * @param lookupBurst public lookups a client may make at once
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is
 * believed; from anyone else the header is ignored
 */
@ConfigurationProperties("canhgiac.intel")
public record IntelProperties(@DefaultValue("50") int overCorrelationCases, @DefaultValue("10") int imageHashDistance,
		@DefaultValue("10") int textDistance, @DefaultValue("60") int lookupPerMinute,
		@DefaultValue("20") int lookupBurst, @DefaultValue( {
		}) List<String> trustedProxies){

}
