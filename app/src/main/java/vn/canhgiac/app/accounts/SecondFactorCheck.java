package vn.canhgiac.app.accounts;

/**
 * The outcome of checking a one-time code or a recovery code.
 */
public enum SecondFactorCheck {

	ACCEPTED,
	/** Wrong, already used, or outside the ±1 step window. */
	REJECTED,
	/** Too many wrong codes: no code is checked until the lock ends. */
	LOCKED

}
