package vn.canhgiac.app.evidence;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import vn.canhgiac.app.accounts.DemoLogins;
import vn.canhgiac.app.testing.S3ProxyProcess;
import vn.canhgiac.app.testing.StallingProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal with {@code canhgiac.storage=s3} against a real S3 server (s3proxy on
 * 127.0.0.1, reached through a proxy that can stall): uploads through the pages land in
 * the bucket as ciphertext and read back decrypted; an outage or a stalled store refuses
 * the upload with a clear message within the configured deadline and writes no row; what
 * was stored before is readable after the store comes back; the orphan sweep and
 * {@code evidence verify} work on the bucket.
 */
@SpringBootTest
@AutoConfigureMockMvc
class S3EvidenceStoreTests {

	private static final String BUCKET = "evidence-app";

	/** Pasted into a check: must never appear in the bucket. */
	private static final String MARKER = "CANHGIAC-PLAINTEXT-MARKER chuyển 80 triệu vào STK 19036127845012";

	/** The store's deadline for one request with its retries (see properties below). */
	private static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(6);

	private static S3ProxyProcess s3proxy;

	private static StallingProxy proxy;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceManagement evidence;

	@DynamicPropertySource
	static void s3(DynamicPropertyRegistry registry) throws Exception {
		Path directory = Files.createDirectories(Path.of("target", "s3-tests", UUID.randomUUID().toString()));
		s3proxy = S3ProxyProcess.start(directory);
		try (S3Client client = s3proxy.client()) {
			client.createBucket((b) -> b.bucket(BUCKET));
		}
		proxy = new StallingProxy(s3proxy.port());
		registry.add("canhgiac.storage", () -> "s3");
		registry.add("canhgiac.storage.s3.endpoint", () -> proxy.endpoint().toString());
		registry.add("canhgiac.storage.s3.bucket", () -> BUCKET);
		registry.add("canhgiac.storage.s3.access-key", () -> S3ProxyProcess.IDENTITY);
		registry.add("canhgiac.storage.s3.secret-key", () -> S3ProxyProcess.CREDENTIAL);
		registry.add("canhgiac.storage.s3.path-style", () -> "true");
		registry.add("canhgiac.storage.s3.part-size", () -> "5MB");
		registry.add("canhgiac.storage.s3.timeouts.connect", () -> "1s");
		registry.add("canhgiac.storage.s3.timeouts.socket", () -> "2s");
		registry.add("canhgiac.storage.s3.timeouts.api-call-attempt", () -> "2s");
		registry.add("canhgiac.storage.s3.timeouts.api-call", () -> API_CALL_TIMEOUT.toSeconds() + "s");
	}

	@AfterAll
	static void stop() throws Exception {
		proxy.close();
		s3proxy.close();
	}

	@Test
	void pictureCheckedThroughThePortalIsCiphertextInTheBucketAndReadsBackDecrypted() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		byte[] jpeg = picture();
		String location = this.mvc
			.perform(multipart("/checks/image").file(new MockMultipartFile("image", "anh.jpg", "image/jpeg", jpeg))
				.session(staff)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID evidenceId = evidenceOf(location);
		this.mvc.perform(post("/checks/text").param("text", MARKER).session(staff).with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<String> keys = keys();
		assertThat(keys).contains("evidence/" + evidenceId);
		assertThat(this.evidence.read(evidenceId, null, EvidenceAccess.ANALYSE, "test")).isEqualTo(jpeg);
		assertThat(PlaintextScan.scan(s3proxy.blobs(),
				Map.of("marker", MARKER.getBytes(StandardCharsets.UTF_8), "picture head",
						Arrays.copyOfRange(jpeg, 0, 32), "picture middle",
						Arrays.copyOfRange(jpeg, jpeg.length / 2, jpeg.length / 2 + 32))))
			.as("plaintext in the bucket's files")
			.isEmpty();
		assertThat(this.evidence.verify(this.evidence.find(evidenceId).orElseThrow()).status())
			.isEqualTo(EvidenceManagement.Verification.Status.VERIFIED);
	}

	@Test
	void duringAnOutageUploadsAreRefusedClearlyWithoutARowAndEarlierEvidenceSurvives() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		EvidenceObject before = this.evidence.storeBytes(MARKER.getBytes(StandardCharsets.UTF_8), "before.txt", null);
		String name = "outage-" + UUID.randomUUID() + ".jpg";
		// only uploads add checks; the background worker (still analysing the pictures of
		// other tests) adds evidence rows of its own, so rows are counted by name
		long checks = count("content_check");
		s3proxy.stop();
		try {
			String page = this.mvc
				.perform(multipart("/checks/image").file(new MockMultipartFile("image", name, "image/jpeg", picture()))
					.session(staff)
					.with(csrf()))
				.andExpect(status().isServiceUnavailable())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("Kho lưu trữ bằng chứng đang không phản hồi");
			assertThat(rowsNamed(name)).as("no row for an object not stored").isZero();
			assertThat(count("content_check")).isEqualTo(checks);
			assertThatThrownBy(() -> this.evidence.read(before.id(), null, EvidenceAccess.ANALYSE, "test"))
				.isInstanceOf(EvidenceUnavailable.class);
			assertThat(this.evidence.verify(before).status())
				.as("an unreachable store is not reported as a missing object")
				.isEqualTo(EvidenceManagement.Verification.Status.NOT_VERIFIED);
		}
		finally {
			s3proxy.restart();
		}
		assertThat(this.evidence.read(before.id(), null, EvidenceAccess.ANALYSE, "test"))
			.isEqualTo(MARKER.getBytes(StandardCharsets.UTF_8));
		assertThat(this.evidence.verify(before).status()).isEqualTo(EvidenceManagement.Verification.Status.VERIFIED);
	}

	@Test
	void aStalledStoreFailsTheUploadWithinItsDeadlineAndWritesNoRow() throws Exception {
		proxy.stall();
		try {
			long started = System.nanoTime();
			// the preemptive bound only stops a hang from blocking the build
			assertTimeoutPreemptively(Duration.ofSeconds(120),
					() -> assertThatThrownBy(
							() -> this.evidence.storeBytes(new byte[] { 1, 2, 3 }, "stalled.bin", null))
						.isInstanceOf(EvidenceUnavailable.class));
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(took).as("failed by the configured deadline, not by the test's bound")
				.isLessThan(API_CALL_TIMEOUT.plusSeconds(20));
			assertThat(rowsNamed("stalled.bin")).isZero();
		}
		finally {
			proxy.resume();
		}
		assertThat(this.evidence.storeBytes(new byte[] { 4, 5, 6 }, "y.bin", null).sizeBytes()).isEqualTo(3);
	}

	@Test
	void largeUploadGoesUpInPartsAndVerifies() {
		byte[] bytes = new byte[12 * 1024 * 1024];
		new java.util.Random(7).nextBytes(bytes);
		EvidenceObject stored = this.evidence.storeBytes(bytes, "big.bin", null);
		assertThat(this.evidence.read(stored.id(), null, EvidenceAccess.ANALYSE, "test")).isEqualTo(bytes);
	}

	@Test
	void orphanSweepRemovesAnObjectWithoutARowAndKeepsTheOthers() throws Exception {
		EvidenceObject kept = this.evidence.storeBytes("có hồ sơ".getBytes(StandardCharsets.UTF_8), "kept.txt", null);
		UUID orphan = UUID.randomUUID();
		try (S3Client client = s3proxy.client()) {
			client.putObject((b) -> b.bucket(BUCKET).key("evidence/" + orphan), RequestBody.fromBytes(new byte[64]));
		}
		assertThat(keys()).contains("evidence/" + orphan);
		assertThat(this.evidence.sweepOrphans()).as("too young to be swept").isZero();
		assertThat(this.evidence.sweepOrphans(Instant.now().plusSeconds(60))).isGreaterThanOrEqualTo(1);
		assertThat(keys()).doesNotContain("evidence/" + orphan).contains("evidence/" + kept.id());
	}

	@Test
	void evidenceVerifyCommandChecksTheBucket() throws Exception {
		EvidenceObject object = this.evidence.storeBytes("để xác minh".getBytes(StandardCharsets.UTF_8), "v.txt", null);
		EvidenceCommandLine command = new EvidenceCommandLine(this.evidence);
		command.run(new DefaultApplicationArguments("evidence", "verify"));
		assertThat(command.getExitCode()).isZero();
		try (S3Client client = s3proxy.client()) {
			byte[] stored = client.getObjectAsBytes((b) -> b.bucket(BUCKET).key("evidence/" + object.id()))
				.asByteArray();
			stored[stored.length - 1] ^= 1;
			client.putObject((b) -> b.bucket(BUCKET).key("evidence/" + object.id()), RequestBody.fromBytes(stored));
			command.run(new DefaultApplicationArguments("evidence", "verify"));
			assertThat(command.getExitCode()).as("an altered object").isEqualTo(1);
			stored[stored.length - 1] ^= 1;
			client.putObject((b) -> b.bucket(BUCKET).key("evidence/" + object.id()), RequestBody.fromBytes(stored));
		}
	}

	private UUID evidenceOf(String checkLocation) {
		UUID check = UUID.fromString(checkLocation.substring(checkLocation.lastIndexOf('/') + 1));
		return this.jdbc.sql("select evidence_id from content_check where id = ?")
			.param(check)
			.query(UUID.class)
			.single();
	}

	private long rowsNamed(String displayName) {
		return this.jdbc.sql("select count(*) from evidence_object where display_name = ?")
			.param(displayName)
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static List<String> keys() {
		try (S3Client client = s3proxy.client()) {
			return client.listObjectsV2Paginator((b) -> b.bucket(BUCKET))
				.contents()
				.stream()
				.map(S3Object::key)
				.toList();
		}
	}

	private static byte[] picture() throws Exception {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, Color.BLUE, 320, 240, Color.ORANGE));
		g.fillRect(0, 0, 320, 240);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

}
