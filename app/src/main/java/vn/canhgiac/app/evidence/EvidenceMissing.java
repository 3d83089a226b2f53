package vn.canhgiac.app.evidence;

import java.io.IOException;
import java.util.UUID;

/**
 * A database row points to an object the storage does not have.
 */
public class EvidenceMissing extends IOException {

	EvidenceMissing(UUID id) {
		super("evidence object " + id + " is missing from storage");
	}

}
