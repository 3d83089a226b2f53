package vn.canhgiac.app.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code canhgiac.*}; environment variables such as {@code CANHGIAC_HOME}
 * and {@code CANHGIAC_MODE} bind to them.
 *
 * @param home directory for the embedded database, the evidence store and keys
 * @param mode demo (default) or production
 * @param demoPassword the password of the demo accounts, accepted only in demo mode
 * @param portalUrl the portal's address as users reach it, for links in e-mail
 */
@ConfigurationProperties("canhgiac")
public record CanhGiacProperties(@DefaultValue("./data") Path home, @DefaultValue("demo") RunMode mode,
		@DefaultValue("canhgiac-demo-2026") String demoPassword,
		@DefaultValue("http://localhost:8080") String portalUrl) {

	/** {@link #portalUrl()} without a trailing slash, to append paths to. */
	public String portalBase() {
		return this.portalUrl.replaceAll("/+$", "");
	}

	public boolean isDemo() {
		return this.mode == RunMode.DEMO;
	}

}
