package vn.canhgiac.app.advisories;

/**
 * How serious the warned-of threat is, with CAP 1.2's words.
 */
public enum Severity {

	MINOR("Minor"), MODERATE("Moderate"), SEVERE("Severe"), EXTREME("Extreme");

	private final String cap;

	Severity(String cap) {
		this.cap = cap;
	}

	public String cap() {
		return this.cap;
	}

}
