package vn.canhgiac.app.evidence;

import java.io.IOException;

/**
 * The evidence store could not be reached, answered with an error, or did not answer in
 * time. Nothing is known to have been stored.
 */
class StorageUnavailable extends IOException {

	StorageUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
