package vn.canhgiac.app.checks.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox staff forward suspicious e-mail to ({@code canhgiac.reporting-mailbox.*}).
 * Replies go out through the standard {@code spring.mail.*} SMTP settings.
 *
 * @param enabled off by default: nothing is polled until an administrator configures it
 * @param host IMAP server
 * @param port IMAP port (993 with SSL, 143 without)
 * @param ssl whether to use IMAPS
 * @param username mailbox login
 * @param password mailbox password
 * @param address the reporting address, used as the sender of replies
 * @param portalUrl the portal's public address, for links in replies
 * @param maxMessageBytes larger messages are answered with a request to upload instead
 */
@ConfigurationProperties("canhgiac.reporting-mailbox")
record ReportingMailboxProperties(@DefaultValue("false") boolean enabled, @DefaultValue("localhost") String host,
		@DefaultValue("993") int port, @DefaultValue("true") boolean ssl, @DefaultValue("") String username,
		@DefaultValue("") String password, @DefaultValue("canhgiac@localhost") String address,
		@DefaultValue("http://localhost:8080") String portalUrl, @DefaultValue("PT30S") Duration pollInterval,
		@DefaultValue("26214400") long maxMessageBytes) {

}
