package vn.canhgiac.engine.url;

import java.util.List;

import com.google.common.net.InternetDomainName;

/**
 * A host cut where its owner's control begins: the registrable domain
 * ({@code evil.github.io}, {@code vietcombank.com.vn}) per the Public Suffix List
 * including its private section, the label the owner chose ({@code evil}), and the
 * subdomain labels in front, which anyone owning the domain can set to anything.
 *
 * @param host the ASCII host
 * @param registrableDomain the registrable domain, or the host itself when there is none
 * @param suffix the public suffix ({@code com.vn}), empty when unknown
 * @param label the owner's label, punycode as in the host
 * @param subdomain the labels before the registrable domain, joined by dots
 */
record HostName(String host, String registrableDomain, String suffix, String label, String subdomain) {

	static HostName of(String asciiHost) {
		try {
			InternetDomainName name = InternetDomainName.from(asciiHost);
			if (name.isUnderPublicSuffix()) {
				String registrable = name.topPrivateDomain().toString();
				String suffix = name.publicSuffix().toString();
				String label = registrable.substring(0, registrable.length() - suffix.length() - 1);
				String subdomain = asciiHost.equals(registrable) ? ""
						: asciiHost.substring(0, asciiHost.length() - registrable.length() - 1);
				return new HostName(asciiHost, registrable, suffix, label, subdomain);
			}
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// Not a domain name a registry would issue: judged by its labels alone.
		}
		int dot = asciiHost.indexOf('.');
		String label = (dot < 0) ? asciiHost : asciiHost.substring(0, dot);
		return new HostName(asciiHost, asciiHost, "", label, "");
	}

	String topLevelDomain() {
		int dot = this.host.lastIndexOf('.');
		return (dot < 0) ? this.host : this.host.substring(dot + 1);
	}

	/** Owner label and subdomain labels, split at dots and hyphens. */
	static List<String> parts(String labels) {
		return List.of(labels.split("[.\\-_]+"));
	}

}
