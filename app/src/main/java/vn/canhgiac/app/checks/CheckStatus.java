package vn.canhgiac.app.checks;

/**
 * Where a check is in its life.
 */
public enum CheckStatus {

	QUEUED, RUNNING, DONE, FAILED;

	public boolean pending() {
		return this == QUEUED || this == RUNNING;
	}

}
