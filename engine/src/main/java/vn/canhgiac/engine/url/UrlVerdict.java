package vn.canhgiac.engine.url;

/**
 * The verdict words for links (DESIGN.md §2). There is deliberately no "safe": the
 * absence of signs proves nothing about a page nobody has opened.
 */
public enum UrlVerdict {

	DANGEROUS("dangerous"), SUSPICIOUS("suspicious"), NO_SIGNS("no_signs");

	private final String wireName;

	UrlVerdict(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return this.wireName;
	}

}
