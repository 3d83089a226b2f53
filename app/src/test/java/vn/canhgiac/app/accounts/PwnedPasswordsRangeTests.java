package vn.canhgiac.app.accounts;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online breach check against a stub of the range API on 127.0.0.1.
 */
class PwnedPasswordsRangeTests {

	HttpServer server;

	final List<String> paths = new CopyOnWriteArrayList<>();

	final List<String> padding = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startStub() throws IOException {
		String breached = PwnedPasswordsRange.sha1Hex("Hà Nội mùa thu 2019");
		String padded = PwnedPasswordsRange.sha1Hex("only padding here");
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/range/", (exchange) -> {
			this.paths.add(exchange.getRequestURI().getPath());
			this.padding.add(String.valueOf(exchange.getRequestHeaders().getFirst("Add-Padding")));
			String body = "0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n" + breached.substring(5) + ":3861493\r\n"
					+ padded.substring(5) + ":0\r\n";
			byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		this.server.start();
	}

	@AfterEach
	void stopStub() {
		this.server.stop(0);
	}

	@Test
	void findsABreachedPasswordSendingOnlyFiveHexDigits() {
		PwnedPasswordsRange range = range(
				URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/range/"));
		assertThat(range.isBreached("Hà Nội mùa thu 2019")).isTrue();
		assertThat(range.isBreached("a password nobody has leaked yet 7")).isFalse();
		assertThat(range.isBreached("only padding here")).as("padding entries have count 0").isFalse();
		assertThat(this.paths).allMatch((path) -> path.matches("/range/[0-9A-F]{5}"));
		assertThat(this.padding).containsOnly("true");
	}

	@Test
	void isOffUnlessConfiguredAndSkipsWhenUnreachable() {
		assertThat(range(null).isBreached("Hà Nội mùa thu 2019")).isFalse();
		this.server.stop(0);
		assertThat(range(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/range"))
			.isBreached("Hà Nội mùa thu 2019")).isFalse();
		assertThat(this.paths).isEmpty();
	}

	private static PwnedPasswordsRange range(URI url) {
		return new PwnedPasswordsRange(new AccountSecurityProperties(Map.of(), 5, null, url, 5, Duration.ofMinutes(15),
				30, 5, Duration.ofMinutes(15), Duration.ofHours(12)));
	}

}
