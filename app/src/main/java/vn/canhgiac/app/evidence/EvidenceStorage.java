package vn.canhgiac.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where encrypted evidence bytes live. Implementations only move opaque bytes; hashing,
 * encryption and the database row are the caller's. {@link #put} must return only once
 * the object is durable.
 */
interface EvidenceStorage {

	interface Writer {

		void writeTo(OutputStream out) throws IOException;

	}

	void put(UUID id, Writer writer) throws IOException;

	InputStream get(UUID id) throws IOException;

	boolean exists(UUID id);

	void delete(UUID id) throws IOException;

	/** Objects written before {@code before}, for the orphan sweep. */
	List<UUID> listOlderThan(Instant before) throws IOException;

	/**
	 * Removes writes begun before {@code before} that never completed (a crash between
	 * the first byte and the rename); returns how many.
	 */
	int deleteAbandonedWrites(Instant before) throws IOException;

}
