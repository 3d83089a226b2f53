package vn.canhgiac.app.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The evidence store's API: keep an upload, read it back (logged), verify everything.
 */
@Service
public class EvidenceManagement {

	private static final Logger log = LoggerFactory.getLogger(EvidenceManagement.class);

	/**
	 * Objects without a row this long after they were written are leftovers of failed
	 * uploads.
	 */
	private static final Duration ORPHAN_AGE = Duration.ofHours(1);

	private final EvidenceStorage storage;

	private final SecretKey key;

	private final EvidenceObjects objects;

	private final EvidenceProperties properties;

	EvidenceManagement(EvidenceStorage storage, SecretKey evidenceKey, EvidenceObjects objects,
			EvidenceProperties properties) {
		this.storage = storage;
		this.key = evidenceKey;
		this.objects = objects;
		this.properties = properties;
	}

	public long maxUploadBytes() {
		return this.properties.maxUploadBytes();
	}

	/**
	 * Streams an upload into the store: hashed and size-checked as it arrives, encrypted,
	 * made durable, and only then recorded.
	 * @param maxBytes the caller's limit, further capped by the configured maximum and
	 * the quota
	 * @throws EvidenceRejected if empty, too large or over the uploader's quota
	 */
	public EvidenceObject store(InputStream upload, @Nullable String displayName, @Nullable Long uploaderAccountId,
			long maxBytes) {
		long limit = Math.min(maxBytes, this.properties.maxUploadBytes());
		RuntimeException rejection = EvidenceRejected.tooLarge(limit);
		if (uploaderAccountId != null) {
			long used = this.objects.bytesUploadedSince(uploaderAccountId, Instant.now().minus(Duration.ofDays(1)));
			long remaining = this.properties.dailyQuotaBytes() - used;
			if (remaining <= 0) {
				throw EvidenceRejected.quota();
			}
			if (remaining < limit) {
				limit = remaining;
				rejection = EvidenceRejected.quota();
			}
		}
		UUID id = UUID.randomUUID();
		BufferedInputStream buffered = new BufferedInputStream(upload, 64 * 1024);
		String contentType;
		HashingLimitedInputStream hashing;
		try {
			buffered.mark(32);
			contentType = ContentType.sniff(buffered.readNBytes(32));
			buffered.reset();
			hashing = new HashingLimitedInputStream(buffered, limit, rejection);
			this.storage.put(id, (out) -> encrypt(id, hashing, out));
		}
		catch (StorageUnavailable ex) {
			// No row is written for an object the store has not confirmed. Whatever the
			// store may have kept anyway (a PUT whose answer was lost) has no row and is
			// removed by the orphan sweep: deleting it now would wait on the same
			// unresponsive store a second time.
			log.warn("Upload refused: {}", ex.getMessage());
			throw new EvidenceUnavailable();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (hashing.count() == 0) {
			deleteQuietly(id);
			throw EvidenceRejected.empty();
		}
		try {
			this.objects.insert(id, hashing.sha256Hex(), hashing.count(), contentType, sanitize(displayName),
					uploaderAccountId);
		}
		catch (RuntimeException ex) {
			deleteQuietly(id);
			throw ex;
		}
		return this.objects.byId(id).orElseThrow();
	}

	/** Stores bytes the application produced itself (pasted text, derivatives). */
	public EvidenceObject storeBytes(byte[] bytes, @Nullable String displayName, @Nullable Long uploaderAccountId) {
		return store(new java.io.ByteArrayInputStream(bytes), displayName, uploaderAccountId, Long.MAX_VALUE);
	}

	public Optional<EvidenceObject> find(UUID id) {
		return this.objects.byId(id);
	}

	/** Reads the original bytes and logs who read them and why. */
	public byte[] read(UUID id, @Nullable Long accountId, EvidenceAccess access, String purpose) {
		EvidenceObject object = this.objects.byId(id)
			.orElseThrow(() -> new IllegalArgumentException("no evidence " + id));
		this.objects.logAccess(id, accountId, access, purpose);
		try (InputStream in = SegmentedAesGcm.decrypt(this.key, associatedData(id), this.storage.get(id))) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, object.sizeBytes() + 1));
			if (bytes.length != object.sizeBytes()) {
				throw new IOException("evidence object " + id + " has the wrong length");
			}
			return bytes;
		}
		catch (StorageUnavailable ex) {
			log.warn("Evidence read failed: {}", ex.getMessage());
			throw new EvidenceUnavailable();
		}
		catch (IOException ex) {
			if (ex instanceof java.net.SocketTimeoutException
					|| ex.getCause() instanceof java.net.SocketTimeoutException) {
				// the store stopped sending in the middle of the object
				log.warn("Evidence read timed out");
				throw new EvidenceUnavailable();
			}
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The chain of custody of one object: every read, oldest first, with who and why.
	 */
	public List<AccessRecord> accessLog(UUID id) {
		return this.objects.accessLog(id);
	}

	/** One logged read of an evidence object. */
	public record AccessRecord(Instant at, String username, EvidenceAccess action, String purpose) {
	}

	public long accessCount(UUID id, EvidenceAccess access) {
		return this.objects.accessCount(id, access);
	}

	/**
	 * Re-hashes every object: the integrity check behind
	 * {@code bin/canhgiac evidence verify}.
	 */
	public List<Verification> verifyAll() {
		List<Verification> result = new ArrayList<>();
		for (EvidenceObject object : this.objects.all()) {
			result.add(verify(object));
		}
		return result;
	}

	public Verification verify(EvidenceObject object) {
		try {
			if (!this.storage.exists(object.id())) {
				return new Verification(object.id(), Verification.Status.MISSING);
			}
		}
		catch (UncheckedIOException ex) {
			// the store did not answer: not verified, and not claimed missing either
			log.warn("Could not verify evidence object {}: {}", object.id(), ex.getCause().getMessage());
			return new Verification(object.id(), Verification.Status.NOT_VERIFIED);
		}
		try (InputStream in = SegmentedAesGcm.decrypt(this.key, associatedData(object.id()),
				this.storage.get(object.id()))) {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) > 0) {
				sha256.update(buffer, 0, n);
			}
			boolean same = HexFormat.of().formatHex(sha256.digest()).equals(object.sha256());
			return new Verification(object.id(),
					same ? Verification.Status.VERIFIED : Verification.Status.NOT_VERIFIED);
		}
		catch (IOException | GeneralSecurityException ex) {
			return new Verification(object.id(), Verification.Status.NOT_VERIFIED);
		}
	}

	/**
	 * Removes stored objects that never got a database row (an upload that failed
	 * half-way), and partial writes a crash left behind.
	 */
	public int sweepOrphans() {
		return sweepOrphans(Instant.now().minus(ORPHAN_AGE));
	}

	/** The sweep for objects and partial writes begun before {@code before}. */
	int sweepOrphans(Instant before) {
		int removed = 0;
		try {
			removed += this.storage.deleteAbandonedWrites(before);
			for (UUID id : this.storage.listOlderThan(before)) {
				if (!this.objects.exists(id)) {
					this.storage.delete(id);
					removed++;
				}
			}
		}
		catch (IOException ex) {
			log.warn("Orphan sweep of the evidence store failed", ex);
		}
		if (removed > 0) {
			log.info("Removed {} orphaned evidence objects", removed);
		}
		return removed;
	}

	private void encrypt(UUID id, InputStream in, java.io.OutputStream out) throws IOException {
		try {
			SegmentedAesGcm.encrypt(this.key, associatedData(id), in, out);
		}
		catch (GeneralSecurityException ex) {
			throw new IOException(ex);
		}
	}

	private void deleteQuietly(UUID id) {
		try {
			this.storage.delete(id);
		}
		catch (IOException ex) {
			log.warn("Could not delete evidence object {}; the orphan sweep will", id);
		}
	}

	private static byte[] associatedData(UUID id) {
		return id.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Display names are shown back to the uploader only; keep them short and printable.
	 */
	private static @Nullable String sanitize(@Nullable String name) {
		if (name == null) {
			return null;
		}
		String clean = name.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
		return clean.isEmpty() ? null : clean.substring(0, Math.min(clean.length(), 120));
	}

	/** Result of re-hashing one object. */
	public record Verification(UUID id, Status status) {

		public enum Status {

			VERIFIED, NOT_VERIFIED, MISSING

		}

	}

}
