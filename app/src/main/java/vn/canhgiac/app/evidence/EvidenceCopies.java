package vn.canhgiac.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Stored objects as the store holds them, encrypted, for backup and restore: copying them
 * never decrypts, so a backup is no more readable than the store without the evidence key
 * (ADR 0100). No access is logged: nobody sees content.
 */
@Service
public class EvidenceCopies {

	private final EvidenceStorage storage;

	private final EvidenceObjects objects;

	EvidenceCopies(EvidenceStorage storage, EvidenceObjects objects) {
		this.storage = storage;
		this.objects = objects;
	}

	/**
	 * Every object that has a row, oldest first. Inside a transaction, as of its
	 * snapshot.
	 */
	public List<UUID> ids() {
		return this.objects.all().stream().map(EvidenceObject::id).toList();
	}

	/** Writes the stored (encrypted) bytes of {@code id} to {@code out}. */
	public void copyStored(UUID id, OutputStream out) throws IOException {
		try (InputStream in = this.storage.get(id)) {
			in.transferTo(out);
		}
	}

	/**
	 * Puts back bytes taken by {@link #copyStored}; they decrypt only with the same
	 * evidence key, under the same id. Returns once the object is durable.
	 */
	public void restoreStored(UUID id, InputStream encrypted) throws IOException {
		this.storage.put(id, encrypted::transferTo);
	}

}
