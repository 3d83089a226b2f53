package vn.canhgiac.engine.jpeg;

/**
 * The JPEG structure is broken or uses a coding this parser does not implement
 * (arithmetic, lossless, 12-bit, progressive for the coefficient decoder).
 */
public final class JpegFormatException extends Exception {

	public JpegFormatException(String message) {
		super(message, null, false, false);
	}

}
