package vn.canhgiac.app.intel.web;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The client's address for rate limiting. {@code X-Forwarded-For} is believed only when
 * the connection comes from a configured trusted proxy; then the right-most address in it
 * that is not itself a trusted proxy is the client (entries to its left are whatever the
 * client wrote, so a spoofed header cannot pick a fresh identity).
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(String remoteAddress, @Nullable String forwardedFor, Set<String> trustedProxies) {
		if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
			return remoteAddress;
		}
		List<String> hops = List.of(forwardedFor.split(","));
		for (int i = hops.size() - 1; i >= 0; i--) {
			String hop = hops.get(i).strip();
			if (hop.isEmpty()) {
				continue;
			}
			if (!trustedProxies.contains(hop)) {
				return hop;
			}
		}
		return remoteAddress;
	}

}
