package vn.canhgiac.app.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CanhGiacProperties.class)
class PlatformConfiguration {

	/**
	 * The time source for deadlines, reminders and schedules; tests replace it to move
	 * time forward.
	 */
	@org.springframework.context.annotation.Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
	java.time.Clock clock() {
		return java.time.Clock.systemUTC();
	}

	/**
	 * Background jobs run in the portal, not while a one-off command
	 * ({@code bin/canhgiac admin
	 * …}, {@code evidence verify}) uses the database.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "canhgiac.command", havingValue = "serve", matchIfMissing = true)
	@EnableScheduling
	static class Scheduling {

	}

}
