package vn.canhgiac.app.checks.web;

/**
 * Colour of a verdict, for templates.
 */
public final class CheckTone {

	private CheckTone() {
	}

	public static String of(String verdict) {
		return CheckView.tone(verdict);
	}

}
