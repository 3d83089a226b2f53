package vn.canhgiac.app.advisories;

/**
 * Whether an advisory is new or updates an earlier one it references (CAP msgType Alert
 * or Update; a withdrawn advisory is a Cancel).
 */
public enum MessageType {

	ALERT, UPDATE

}
