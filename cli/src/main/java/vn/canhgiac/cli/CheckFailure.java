package vn.canhgiac.cli;

import vn.canhgiac.engine.InputRejected;

/**
 * Bad input: one plain line on stderr (Vietnamese, then English), exit code 2.
 */
final class CheckFailure {

	private CheckFailure() {
	}

	static int report(InputRejected ex) {
		System.err.println(ex.messageVi() + " / " + ex.messageEn());
		System.err.flush();
		return CanhGiacCli.BAD_INPUT;
	}

}
