package vn.canhgiac.app.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import vn.canhgiac.app.testing.S3ProxyProcess;
import vn.canhgiac.app.testing.StallingProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The S3 evidence store against a real S3 server (s3proxy on 127.0.0.1): single and
 * multipart writes, reads, listing for the orphan sweep, abandoned multipart uploads, and
 * a store that stops answering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3EvidenceStorageTests {

	private static final String BUCKET = "evidence-unit";

	private S3ProxyProcess s3proxy;

	private S3Client raw;

	private S3EvidenceStorage storage;

	@BeforeAll
	void startS3proxy(@TempDir Path directory) throws Exception {
		this.s3proxy = S3ProxyProcess.start(directory);
		this.raw = this.s3proxy.client();
		this.raw.createBucket((b) -> b.bucket(BUCKET));
		this.storage = S3Clients.storage(properties(this.s3proxy.endpoint(), timeouts(Duration.ofSeconds(30))));
	}

	@AfterAll
	void stopS3proxy() {
		this.storage.close();
		this.raw.close();
		this.s3proxy.close();
	}

	@Test
	void roundTripOfASmallObject() throws Exception {
		UUID id = UUID.randomUUID();
		byte[] bytes = random(10_000);
		assertThat(this.storage.exists(id)).isFalse();
		this.storage.put(id, (out) -> out.write(bytes));
		assertThat(this.storage.exists(id)).isTrue();
		try (InputStream in = this.storage.get(id)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		assertThat(this.raw.headObject((b) -> b.bucket(BUCKET).key("evidence/" + id)).contentLength())
			.isEqualTo(bytes.length);
		assertThat(this.storage.listOlderThan(Instant.now().plusSeconds(60))).contains(id);
		assertThat(this.storage.listOlderThan(Instant.now().minus(Duration.ofHours(1)))).doesNotContain(id);
		this.storage.delete(id);
		assertThat(this.storage.exists(id)).isFalse();
		assertThatThrownBy(() -> this.storage.get(id)).isInstanceOf(EvidenceMissing.class);
		this.storage.delete(id); // deleting twice is no error
	}

	@Test
	void largeObjectGoesUpInPartsAndReadsBackWhole() throws Exception {
		UUID id = UUID.randomUUID();
		byte[] bytes = random(12 * 1024 * 1024 + 123);
		this.storage.put(id, (out) -> {
			for (int offset = 0; offset < bytes.length; offset += 100_000) {
				out.write(bytes, offset, Math.min(100_000, bytes.length - offset));
			}
		});
		try (InputStream in = this.storage.get(id)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		assertThat(this.raw.headObject((b) -> b.bucket(BUCKET).key("evidence/" + id)).eTag())
			.as("a multipart ETag names its part count")
			.endsWith("-3\"");
		assertThat(pendingUploads()).isZero();
	}

	@Test
	void aWriteThatFailsHalfWayLeavesNeitherObjectNorUpload() {
		UUID id = UUID.randomUUID();
		byte[] chunk = random(1024 * 1024);
		assertThatThrownBy(() -> this.storage.put(id, (out) -> {
			for (int i = 0; i < 7; i++) {
				out.write(chunk);
			}
			throw new IOException("the uploader went away");
		})).hasMessage("the uploader went away");
		assertThat(this.storage.exists(id)).isFalse();
		assertThat(pendingUploads()).isZero();
	}

	@Test
	void abandonedMultipartUploadsAreAbortedOnceStale() throws Exception {
		String uploadId = this.raw.createMultipartUpload((b) -> b.bucket(BUCKET).key("evidence/" + UUID.randomUUID()))
			.uploadId();
		assertThat(uploadId).isNotBlank();
		assertThat(this.storage.deleteAbandonedWrites(Instant.now().minus(Duration.ofHours(1))))
			.as("a fresh upload may still be going on")
			.isZero();
		assertThat(pendingUploads()).isEqualTo(1);
		assertThat(this.storage.deleteAbandonedWrites(Instant.now().plusSeconds(60))).isEqualTo(1);
		assertThat(pendingUploads()).isZero();
	}

	@Test
	void keysOutsideThePrefixOrNotOursAreNeverListed() throws Exception {
		UUID foreign = UUID.randomUUID();
		this.raw.putObject((b) -> b.bucket(BUCKET).key("other/" + foreign), RequestBody.fromString("x"));
		this.raw.putObject((b) -> b.bucket(BUCKET).key("evidence/readme.txt"), RequestBody.fromString("x"));
		assertThat(this.storage.listOlderThan(Instant.now().plusSeconds(60))).doesNotContain(foreign)
			.allSatisfy((id) -> assertThat(id).isNotNull());
	}

	@Test
	void aStoreThatStopsAnsweringFailsWithinTheTimeoutInsteadOfHanging() throws Exception {
		try (StallingProxy proxy = new StallingProxy(this.s3proxy.port());
				S3EvidenceStorage slow = S3Clients
					.storage(properties(proxy.endpoint(), timeouts(Duration.ofSeconds(2))))) {
			UUID before = UUID.randomUUID();
			slow.put(before, (out) -> out.write(new byte[] { 1, 2, 3 }));
			proxy.stall();
			UUID id = UUID.randomUUID();
			// the bound only guards against a hang; the store's own deadline is 2 s
			assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
				assertThatThrownBy(() -> slow.put(id, (out) -> out.write(random(1000))))
					.isInstanceOf(StorageUnavailable.class);
				assertThatThrownBy(() -> slow.get(before)).isInstanceOf(StorageUnavailable.class);
			});
			proxy.resume();
			assertThat(slow.exists(id)).as("nothing half-written appears later").isFalse();
			try (InputStream in = slow.get(before)) {
				assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
			}
		}
	}

	private int pendingUploads() {
		return this.raw.listMultipartUploads((b) -> b.bucket(BUCKET)).uploads().size();
	}

	private static S3StorageProperties properties(URI endpoint, S3StorageProperties.Timeouts timeouts) {
		return new S3StorageProperties(endpoint, "us-east-1", BUCKET, S3ProxyProcess.IDENTITY,
				S3ProxyProcess.CREDENTIAL, true, "evidence/", DataSize.ofMegabytes(5), timeouts);
	}

	private static S3StorageProperties.Timeouts timeouts(Duration call) {
		return new S3StorageProperties.Timeouts(Duration.ofSeconds(1), call, call, call);
	}

	private static byte[] random(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

}
