package vn.canhgiac.app.checks;

/**
 * What was submitted.
 */
public enum CheckKind {

	MESSAGE, URL, FILE, IMAGE

}
