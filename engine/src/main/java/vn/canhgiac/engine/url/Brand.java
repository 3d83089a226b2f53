package vn.canhgiac.engine.url;

import java.util.List;

/**
 * A protected brand: its official registrable domains and the words of its name that
 * impostors put into theirs.
 *
 * @param name how people call it
 * @param category bank, government, ewallet, telco, utility, delivery, platform…
 * @param officialDomains registrable domains (or hosts) the brand really uses
 * @param strongTokens distinctive words, suspicious anywhere in a foreign host name
 * @param weakTokens short words, suspicious only as a whole part of a label
 */
record Brand(String name, String category, List<String> officialDomains, List<String> strongTokens,
		List<String> weakTokens) {

	boolean isOfficial(String asciiHost) {
		for (String domain : this.officialDomains) {
			if (asciiHost.equals(domain) || asciiHost.endsWith("." + domain)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The first labels of the official domains ("vietcombank", "tpb"), for look-alikes.
	 */
	List<String> officialLabels() {
		return this.officialDomains.stream().map((d) -> d.substring(0, d.indexOf('.'))).distinct().toList();
	}

}
