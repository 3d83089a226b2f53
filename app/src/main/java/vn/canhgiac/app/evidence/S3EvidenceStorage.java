package vn.canhgiac.app.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Evidence in an S3-compatible bucket under {@code <prefix><uuid>}. The caller's writer
 * streams ciphertext into a buffer of one part: an object that fits is sent with one
 * PutObject, a larger one as a multipart upload, part by part, so memory stays bounded
 * and nothing touches the local disk. {@link #put} returns once PutObject or
 * CompleteMultipartUpload has succeeded, which S3 answers only when the object is
 * durable; any failure aborts the multipart upload and throws, so the caller writes no
 * row. Every part carries its Content-MD5, so the store refuses bytes altered on the way.
 */
final class S3EvidenceStorage implements EvidenceStorage, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(S3EvidenceStorage.class);

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	private final int partSize;

	S3EvidenceStorage(S3Client s3, String bucket, String prefix, int partSize) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix;
		this.partSize = partSize;
	}

	/**
	 * Fails start-up only on a configuration error (no such bucket); an unreachable store
	 * must not keep the portal from serving everything that needs no evidence.
	 */
	void checkBucket() {
		try {
			// a short deadline: an unreachable store must not hold up the start
			this.s3.headBucket((b) -> b.bucket(this.bucket)
				.overrideConfiguration((o) -> o.apiCallTimeout(java.time.Duration.ofSeconds(10))));
		}
		catch (NoSuchBucketException ex) {
			throw new IllegalStateException("The evidence bucket '" + this.bucket
					+ "' does not exist (canhgiac.storage.s3.bucket); create it first", ex);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				throw new IllegalStateException("The evidence bucket '" + this.bucket
						+ "' does not exist (canhgiac.storage.s3.bucket); create it first", ex);
			}
			log.warn("The evidence store answered {} to a check of bucket {}; uploads will fail until it works",
					ex.statusCode(), this.bucket);
		}
		catch (SdkException ex) {
			log.warn("The evidence store is unreachable ({}); uploads will fail until it answers",
					ex.getClass().getSimpleName());
		}
	}

	@Override
	public void put(UUID id, Writer writer) throws IOException {
		Upload upload = new Upload(key(id));
		try {
			writer.writeTo(upload);
			upload.complete();
		}
		finally {
			upload.abortIfUnfinished();
		}
	}

	@Override
	public InputStream get(UUID id) throws IOException {
		try {
			return this.s3.getObject((b) -> b.bucket(this.bucket).key(key(id)));
		}
		catch (NoSuchKeyException ex) {
			throw new EvidenceMissing(id);
		}
		catch (SdkException ex) {
			throw unavailable("read", ex);
		}
	}

	@Override
	public boolean exists(UUID id) {
		try {
			this.s3.headObject((b) -> b.bucket(this.bucket).key(key(id)));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw new java.io.UncheckedIOException(unavailable("check", ex));
		}
		catch (SdkException ex) {
			throw new java.io.UncheckedIOException(unavailable("check", ex));
		}
	}

	@Override
	public void delete(UUID id) throws IOException {
		try {
			this.s3.deleteObject((b) -> b.bucket(this.bucket).key(key(id)));
		}
		catch (SdkException ex) {
			throw unavailable("delete", ex);
		}
	}

	@Override
	public List<UUID> listOlderThan(Instant before) throws IOException {
		List<UUID> result = new ArrayList<>();
		try {
			for (S3Object object : this.s3.listObjectsV2Paginator((b) -> b.bucket(this.bucket).prefix(this.prefix))
				.contents()) {
				UUID id = idOf(object.key());
				if (id != null && object.lastModified().isBefore(before)) {
					result.add(id);
				}
			}
		}
		catch (SdkException ex) {
			throw unavailable("list", ex);
		}
		return result;
	}

	/**
	 * Aborts multipart uploads begun before {@code before} and never completed: a node
	 * that died between parts leaves them, invisible to listings but billed. A bucket
	 * lifecycle rule (AbortIncompleteMultipartUpload) does the same on the store's side.
	 */
	@Override
	public int deleteAbandonedWrites(Instant before) throws IOException {
		int aborted = 0;
		try {
			for (MultipartUpload upload : this.s3
				.listMultipartUploadsPaginator((b) -> b.bucket(this.bucket).prefix(this.prefix))
				.uploads()) {
				if (upload.initiated() != null && upload.initiated().isBefore(before)) {
					this.s3.abortMultipartUpload(
							(b) -> b.bucket(this.bucket).key(upload.key()).uploadId(upload.uploadId()));
					aborted++;
				}
			}
		}
		catch (SdkException ex) {
			throw unavailable("list uploads in", ex);
		}
		return aborted;
	}

	@Override
	public void close() {
		this.s3.close();
	}

	String key(UUID id) {
		return this.prefix + id;
	}

	private @Nullable UUID idOf(String key) {
		if (!key.startsWith(this.prefix)) {
			return null;
		}
		try {
			return UUID.fromString(key.substring(this.prefix.length()));
		}
		catch (IllegalArgumentException ex) {
			return null; // not ours
		}
	}

	/** Names the operation and the SDK's exception type, never a key's content. */
	private StorageUnavailable unavailable(String operation, SdkException ex) {
		String status = (ex instanceof S3Exception s3) ? " (HTTP " + s3.statusCode() + ")" : "";
		return new StorageUnavailable(
				"Could not " + operation + " the evidence store" + status + ": " + ex.getClass().getSimpleName(), ex);
	}

	/**
	 * Buffers one part; sends full parts as a multipart upload once a second part is
	 * needed, or the whole object with one PutObject on {@link #complete()}.
	 */
	private final class Upload extends OutputStream {

		private final String key;

		private final byte[] buffer;

		private int count;

		private @Nullable String uploadId;

		private final List<CompletedPart> parts = new ArrayList<>();

		private boolean completed;

		Upload(String key) {
			this.key = key;
			this.buffer = new byte[S3EvidenceStorage.this.partSize];
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			while (length > 0) {
				if (this.count == this.buffer.length) {
					sendPart();
				}
				int n = Math.min(length, this.buffer.length - this.count);
				System.arraycopy(bytes, offset, this.buffer, this.count, n);
				this.count += n;
				offset += n;
				length -= n;
			}
		}

		void complete() throws IOException {
			try {
				if (this.uploadId == null) {
					S3EvidenceStorage.this.s3.putObject(
							(b) -> b.bucket(S3EvidenceStorage.this.bucket).key(this.key).contentMD5(md5()), body());
				}
				else {
					sendPart();
					S3EvidenceStorage.this.s3.completeMultipartUpload((b) -> b.bucket(S3EvidenceStorage.this.bucket)
						.key(this.key)
						.uploadId(this.uploadId)
						.multipartUpload((m) -> m.parts(this.parts)));
				}
				this.completed = true;
			}
			catch (SdkException ex) {
				throw unavailable("write to", ex);
			}
		}

		private void sendPart() throws IOException {
			try {
				if (this.uploadId == null) {
					this.uploadId = S3EvidenceStorage.this.s3
						.createMultipartUpload((b) -> b.bucket(S3EvidenceStorage.this.bucket).key(this.key))
						.uploadId();
				}
				int number = this.parts.size() + 1;
				String etag = S3EvidenceStorage.this.s3
					.uploadPart((b) -> b.bucket(S3EvidenceStorage.this.bucket)
						.key(this.key)
						.uploadId(this.uploadId)
						.partNumber(number)
						.contentMD5(md5()), body())
					.eTag();
				this.parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
				this.count = 0;
			}
			catch (SdkException ex) {
				throw unavailable("write to", ex);
			}
		}

		/** Re-readable for the SDK's retries, without copying the buffer. */
		private RequestBody body() {
			int length = this.count;
			return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(this.buffer, 0, length), length,
					"application/octet-stream");
		}

		private String md5() {
			try {
				MessageDigest md5 = MessageDigest.getInstance("MD5");
				md5.update(this.buffer, 0, this.count);
				return Base64.getEncoder().encodeToString(md5.digest());
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** A multipart upload that did not complete is aborted, not left behind. */
		void abortIfUnfinished() {
			if (this.completed || this.uploadId == null) {
				return;
			}
			try {
				S3EvidenceStorage.this.s3.abortMultipartUpload(
						(b) -> b.bucket(S3EvidenceStorage.this.bucket).key(this.key).uploadId(this.uploadId));
			}
			catch (SdkException ex) {
				log.warn("Could not abort an unfinished upload to the evidence store; the orphan sweep will");
			}
		}

	}

}
