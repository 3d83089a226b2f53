package vn.canhgiac.app.accounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The optional online check against a Pwned-Passwords-style range API: only the first
 * five hex digits of the password's SHA-1 leave the server (k-anonymity), and the request
 * asks for padding so that the response size does not tell which prefix was asked either.
 * When the service cannot be reached the check is skipped (logged without the password or
 * its hash): the offline list still applies.
 */
@Component
class PwnedPasswordsRange {

	private static final Logger logger = LoggerFactory.getLogger(PwnedPasswordsRange.class);

	private final AccountSecurityProperties properties;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(3))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	PwnedPasswordsRange(AccountSecurityProperties properties) {
		this.properties = properties;
	}

	boolean isBreached(String password) {
		URI base = this.properties.pwnedRangeUrl();
		if (base == null) {
			return false;
		}
		String hash = sha1Hex(password);
		String prefix = hash.substring(0, 5);
		String suffix = hash.substring(5);
		String url = base.toString().endsWith("/") ? base + prefix : base + "/" + prefix;
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(5))
			.header("Add-Padding", "true")
			.header("User-Agent", "canhgiac")
			.GET()
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				logger.warn("Password range check skipped: HTTP {}", response.statusCode());
				return false;
			}
			for (String line : response.body().split("\r?\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(suffix)) {
					// Padding entries carry a count of 0.
					return Long.parseLong(line.substring(colon + 1).strip()) > 0;
				}
			}
			return false;
		}
		catch (IOException | NumberFormatException ex) {
			logger.warn("Password range check skipped: {}", ex.getClass().getSimpleName());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static String sha1Hex(String password) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().withUpperCase().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
