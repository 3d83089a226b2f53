package vn.canhgiac.app.advisories;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the advisories module ({@code canhgiac.advisories.*}).
 *
 * @param portalUrl the portal's address as staff reach it, for links in e-mail
 * @param mailFrom sender address of advisory e-mail
 * @param capSender CAP {@code sender}: the portal's identity as an alert originator
 * @param remindAfterDays a reminder goes to those who have not acknowledged after this
 * many days
 * @param escalateAfterDays then their unit administrator is told after this many days
 * @param jobInterval how often reminders, late joiners and the mail outbox are processed
 * @param feeds limits of official feed fetching
 */
@ConfigurationProperties("canhgiac.advisories")
public record AdvisoryProperties(@DefaultValue("http://localhost:8080") String portalUrl,
		@DefaultValue("canhgiac@localhost") String mailFrom, @DefaultValue("canhgiac.local") String capSender,
		@DefaultValue("3") int remindAfterDays, @DefaultValue("7") int escalateAfterDays,
		@DefaultValue("PT1M") Duration jobInterval, @DefaultValue Feeds feeds) {

	/**
	 * @param interval how often subscribed feeds are fetched
	 * @param connectTimeout connect time-out per fetch
	 * @param readTimeout read time-out per fetch
	 * @param maxBytes a feed larger than this is refused
	 * @param maxItems at most this many items are kept per fetch
	 */
	public record Feeds(@DefaultValue("PT30M") Duration interval, @DefaultValue("PT5S") Duration connectTimeout,
			@DefaultValue("PT10S") Duration readTimeout, @DefaultValue("2097152") long maxBytes,
			@DefaultValue("50") int maxItems) {

	}

	public String portalBase() {
		return this.portalUrl.endsWith("/") ? this.portalUrl.substring(0, this.portalUrl.length() - 1) : this.portalUrl;
	}

}
