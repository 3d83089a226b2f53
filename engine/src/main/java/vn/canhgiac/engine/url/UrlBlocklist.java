package vn.canhgiac.engine.url;

import java.util.Optional;

/**
 * Known-bad links, backed by the portal's intelligence store. Implementations must be
 * thread-safe and must not touch the network on behalf of the link being checked.
 */
@FunctionalInterface
public interface UrlBlocklist {

	/** The empty list, used when no intelligence is available (the CLI). */
	UrlBlocklist NONE = (host, url) -> Optional.empty();

	/**
	 * @param asciiHost the host in lower-case ASCII (punycode)
	 * @param url the link as written, refanged
	 * @return where the link was reported (e.g. "3 báo cáo / 3 reports"), when it is
	 * listed
	 */
	Optional<String> lookup(String asciiHost, String url);

}
