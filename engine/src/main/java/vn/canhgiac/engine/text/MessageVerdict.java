package vn.canhgiac.engine.text;

/**
 * The verdict words for messages (DESIGN.md §2). There is deliberately no "safe".
 */
public enum MessageVerdict {

	SCAM("scam"), SUSPICIOUS("suspicious"), NO_SIGNS("no_signs");

	private final String wireName;

	MessageVerdict(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return this.wireName;
	}

}
