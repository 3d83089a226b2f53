package vn.canhgiac.app.platform;

/**
 * How the portal runs. Demo seeds a fictional area and demo accounts; production seeds
 * nothing and refuses the demo password.
 */
public enum RunMode {

	DEMO, PRODUCTION

}
