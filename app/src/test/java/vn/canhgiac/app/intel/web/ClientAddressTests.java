package vn.canhgiac.app.intel.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose address the lookup rate limit counts. */
class ClientAddressTests {

	private static final Set<String> PROXIES = Set.of("10.0.0.5", "10.0.0.6");

	@Test
	void forwardedForIsIgnoredFromAnyoneButATrustedProxy() {
		assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", PROXIES)).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", Set.of())).isEqualTo("203.0.113.7");
	}

	@Test
	void behindTrustedProxiesTheRightMostUntrustedHopIsTheClient() {
		assertThat(ClientAddress.of("10.0.0.5", "198.51.100.1", PROXIES)).isEqualTo("198.51.100.1");
		// The client wrote a fake first entry; the proxy appended the real address.
		assertThat(ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.1", PROXIES)).isEqualTo("198.51.100.1");
		assertThat(ClientAddress.of("10.0.0.5", "198.51.100.1, 10.0.0.6", PROXIES)).isEqualTo("198.51.100.1");
		assertThat(ClientAddress.of("10.0.0.5", null, PROXIES)).isEqualTo("10.0.0.5");
		assertThat(ClientAddress.of("10.0.0.5", " , ", PROXIES)).isEqualTo("10.0.0.5");
	}

}
