package vn.canhgiac.app.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import vn.canhgiac.app.testing.PortalProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Issue 5, "evidence you must bring": {@code kill -9} the real portal (the packaged jar,
 * run as {@code serve} runs it) while 20 uploads are in flight, restart it on the same
 * home, and every upload that was answered with a redirect to its result is there — check
 * row, evidence row with the SHA-256 of what was sent — and verifies with
 * {@code evidence verify}; no evidence row points to a missing file. Then the at-rest
 * scan: no plaintext JPEG, PNG, PDF or ZIP anywhere in the home (storage root, embedded
 * PostgreSQL's files, keys, logs) nor in the portal's temporary directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvidenceCrashIT {

	private static final int UPLOADS = 20;

	/** The kill comes once this many uploads have been answered. */
	private static final int ANSWERED_BEFORE_KILL = 5;

	private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

	/**
	 * Text sent inside the PDFs and ZIPs and pasted as a message (leak-sentinels.txt).
	 */
	static final String LETTER = "Ảnh của anh đang nằm trong tay chúng tôi. Chuyển ngay 80 triệu vào STK "
			+ "19036127845012 Techcombank trong 48 giờ, gọi 0967 413 582, nếu không sẽ gửi cho cơ quan anh.";

	private static final String LETTER_ASCII = "Anh cua anh dang nam trong tay chung toi. Chuyen ngay 80 trieu vao "
			+ "STK 19036127845012 Techcombank, goi 0967413582.";

	private final Path work = Path.of("target", "it-homes", "crash-" + UUID.randomUUID()).toAbsolutePath();

	private final Path home = this.work.resolve("home");

	private final Path tmp = this.work.resolve("tmp");

	private final Path log = Path.of("target", "test-logs", "crash-portal.log").toAbsolutePath();

	private final List<Upload> uploads = new ArrayList<>();

	private PortalProcess portal;

	private boolean crashed;

	@AfterAll
	void stopEverything() {
		if (this.portal != null) {
			this.portal.close();
		}
		PortalProcess.stopOrphanedPostgres(this.home);
	}

	@Test
	@Order(1)
	void everyAnsweredUploadSurvivesAKill9AndVerifies() throws Exception {
		for (int i = 0; i < UPLOADS; i++) {
			this.uploads.add(Upload.of(i));
		}
		this.portal = PortalProcess.start(this.home, this.log, this.tmp);
		Session staff = Session.login(this.portal, "staff");
		assertThat(staff.postForm("/checks/text", Map.of("text", LETTER)).statusCode()).isEqualTo(302);

		// 20 uploads at once, each body trickling in at its own pace so that they end one
		// after another; the kill comes once a few have been answered.
		CountDownLatch answered = new CountDownLatch(ANSWERED_BEFORE_KILL);
		List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
		for (Upload upload : this.uploads) {
			inFlight.add(staff.uploadAsync(upload).whenComplete((response, failure) -> {
				if (response != null) {
					answered.countDown();
				}
			}));
		}
		assertThat(answered.await(5, TimeUnit.MINUTES)).as("%d uploads answered before the kill", ANSWERED_BEFORE_KILL)
			.isTrue();
		long unansweredAtKill = inFlight.stream().filter((f) -> !f.isDone()).count();
		this.portal.killHard();
		this.crashed = true;

		for (int i = 0; i < UPLOADS; i++) {
			try {
				HttpResponse<String> response = inFlight.get(i).get(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
				this.uploads.get(i).answer(response);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				// cut off by the kill: nothing is promised for this one
			}
		}
		List<Upload> acknowledged = this.uploads.stream().filter((u) -> u.checkId != null).toList();
		System.out.printf("crash test: %d of %d uploads answered with their result before the kill, %d in flight%n",
				acknowledged.size(), UPLOADS, unansweredAtKill);
		assertThat(this.uploads).as("no upload was refused").allSatisfy((u) -> assertThat(u.status).isIn(0, 302));
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ANSWERED_BEFORE_KILL);
		assertThat(unansweredAtKill).as("uploads still in flight when the server was killed").isPositive();
		assertThat(PortalProcess.postmaster(this.home)).as("kill -9 leaves the embedded PostgreSQL orphaned")
			.isPresent();

		// Restart on the same home: the orphaned postmaster is stopped and the portal
		// comes
		// back.
		this.portal = PortalProcess.start(this.home, this.log, this.tmp);
		assertThat(Files.readString(this.log)).contains("left running by an earlier process");
		Session again = Session.login(this.portal, "staff");
		for (Upload upload : acknowledged) {
			assertThat(again.get("/checks/" + upload.checkId).statusCode()).as("result page of %s", upload.name)
				.isEqualTo(200);
		}
		try (Connection db = database()) {
			for (Upload upload : acknowledged) {
				try (PreparedStatement query = db.prepareStatement("select c.kind, a.username, e.id, e.sha256, "
						+ "e.size_bytes from content_check c join evidence_object e on e.id = c.evidence_id "
						+ "join user_account a on a.id = c.requested_by where c.id = ?")) {
					query.setObject(1, upload.checkId);
					try (ResultSet row = query.executeQuery()) {
						assertThat(row.next()).as("check row of answered upload %s", upload.name).isTrue();
						assertThat(row.getString(1)).isEqualTo("FILE");
						assertThat(row.getString(2)).isEqualTo("staff");
						upload.evidenceId = row.getObject(3, UUID.class);
						assertThat(row.getString(4)).as("SHA-256 of %s", upload.name).isEqualTo(upload.sha256());
						assertThat(row.getLong(5)).isEqualTo(upload.content.length);
					}
				}
			}
			List<UUID> rows = new ArrayList<>();
			try (ResultSet all = db.createStatement().executeQuery("select id from evidence_object")) {
				while (all.next()) {
					rows.add(all.getObject(1, UUID.class));
				}
			}
			assertThat(rows).as("evidence rows whose file is missing")
				.filteredOn((id) -> !Files.isRegularFile(storedFile(id)))
				.isEmpty();
		}

		// evidence verify needs the home to itself: stop the portal cleanly first.
		this.portal.stop();
		PortalProcess.CommandResult verify = PortalProcess.command(this.home, this.log, Duration.ofMinutes(4),
				"evidence", "verify");
		assertThat(verify.output()).contains("not verified 0, missing 0");
		for (Upload upload : acknowledged) {
			assertThat(verify.output()).contains("verified\t" + upload.evidenceId);
		}
		assertThat(verify.exitCode()).as(verify.output()).isZero();
	}

	@Test
	@Order(2)
	void noPlaintextJpegPngPdfOrZipAnywhereAtRest() throws Exception {
		assumeThat(this.crashed).as("the crash test ran").isTrue();
		assertThat(PortalProcess.postmaster(this.home)).as("PostgreSQL stopped, its files are quiet").isEmpty();
		Map<String, byte[]> needles = new LinkedHashMap<>();
		for (Upload upload : this.uploads) {
			needles.put("first 32 bytes of " + upload.name, java.util.Arrays.copyOfRange(upload.content, 0, 32));
			int middle = upload.content.length / 2;
			needles.put("middle 32 bytes of " + upload.name,
					java.util.Arrays.copyOfRange(upload.content, middle, middle + 32));
		}
		assertThat(Files.list(this.home.resolve("evidence")).count()).as("the storage root has objects")
			.isGreaterThan(1);
		List<PlaintextScan.Finding> findings = new ArrayList<>(PlaintextScan.scan(this.home, needles));
		findings.addAll(PlaintextScan.scan(this.tmp, needles));
		assertThat(findings).as("plaintext under %s and %s", this.home, this.tmp).isEmpty();
	}

	private Path storedFile(UUID id) {
		String name = id.toString();
		return this.home.resolve("evidence").resolve(name.substring(0, 2)).resolve(name);
	}

	private Connection database() throws Exception {
		String password = Files.readString(this.home.resolve("postgres.password")).strip();
		return DriverManager.getConnection(
				"jdbc:postgresql://127.0.0.1:" + PortalProcess.postgresPort(this.home) + "/canhgiac", "canhgiac",
				password);
	}

	/** One file to upload and what became of it. */
	static final class Upload {

		final int number;

		final String name;

		final String contentType;

		final byte[] content;

		int status;

		UUID checkId;

		UUID evidenceId;

		private Upload(int number, String name, String contentType, byte[] content) {
			this.number = number;
			this.name = name;
			this.contentType = contentType;
			this.content = content;
		}

		static Upload of(int number) throws IOException {
			Random random = new Random(4_2000 + number);
			return switch (number % 4) {
				case 0 -> new Upload(number, "anh-" + number + ".jpg", "image/jpeg", image(random, "jpg"));
				case 1 -> new Upload(number, "anh-" + number + ".png", "image/png", image(random, "png"));
				case 2 -> new Upload(number, "thu-" + number + ".pdf", "application/pdf", pdf(random));
				default -> new Upload(number, "tai-lieu-" + number + ".zip", "application/zip", zip(random));
			};
		}

		void answer(HttpResponse<String> response) {
			this.status = response.statusCode();
			String location = response.headers().firstValue("Location").orElse("");
			Matcher result = Pattern.compile("/checks/([0-9a-f-]{36})$").matcher(location);
			if (response.statusCode() == 302 && result.find()) {
				this.checkId = UUID.fromString(result.group(1));
			}
		}

		String sha256() throws Exception {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.content));
		}

		/** Noise, so that the file is incompressible and its bytes are its own. */
		private static byte[] image(Random random, String format) throws IOException {
			BufferedImage image = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					image.setRGB(x, y, random.nextInt(0x1000000));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}

		/** A small valid PDF: one page with the letter, and a binary stream of noise. */
		private static byte[] pdf(Random random) {
			byte[] noise = new byte[24_000];
			random.nextBytes(noise);
			String text = "BT /F1 10 Tf 40 780 Td (" + LETTER_ASCII + ") Tj ET";
			List<byte[]> objects = List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
					ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
					ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
							+ "/Resources << /Font << /F1 5 0 R >> >> >>"),
					ascii("<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream"),
					ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
					concat(ascii("<< /Length " + noise.length + " >>\nstream\n"), noise, ascii("\nendstream")));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(new byte[] { '%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', '%', (byte) 0xE2, (byte) 0xE3,
					(byte) 0xCF, (byte) 0xD3, '\n' });
			List<Integer> offsets = new ArrayList<>();
			for (int i = 0; i < objects.size(); i++) {
				offsets.add(out.size());
				out.writeBytes(ascii((i + 1) + " 0 obj\n"));
				out.writeBytes(objects.get(i));
				out.writeBytes(ascii("\nendobj\n"));
			}
			int xref = out.size();
			StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
			for (int offset : offsets) {
				table.append(String.format("%010d 00000 n \n", offset));
			}
			table.append("trailer\n<< /Size ")
				.append(objects.size() + 1)
				.append(" /Root 1 0 R >>\nstartxref\n")
				.append(xref)
				.append("\n%%EOF\n");
			out.writeBytes(ascii(table.toString()));
			return out.toByteArray();
		}

		/** A ZIP with the letter as text and a file of noise. */
		private static byte[] zip(Random random) throws IOException {
			byte[] noise = new byte[40_000];
			random.nextBytes(noise);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.putNextEntry(new ZipEntry("thu-de-doa.txt"));
				zip.write(LETTER.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
				zip.putNextEntry(new ZipEntry("du-lieu.bin"));
				zip.write(noise);
				zip.closeEntry();
			}
			return out.toByteArray();
		}

		private static byte[] ascii(String text) {
			return text.getBytes(StandardCharsets.ISO_8859_1);
		}

		private static byte[] concat(byte[]... parts) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (byte[] part : parts) {
				out.writeBytes(part);
			}
			return out.toByteArray();
		}

	}

	/** A logged-in browser session: cookies, the CSRF token, no redirects followed. */
	static final class Session {

		private static final Pattern CSRF = Pattern
			.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

		private final PortalProcess portal;

		private final HttpClient client;

		private String csrf;

		private Session(PortalProcess portal) {
			this.portal = portal;
			this.client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
		}

		static Session login(PortalProcess portal, String username) throws Exception {
			Session session = new Session(portal);
			session.refreshCsrf("/login");
			HttpResponse<String> login = session.postForm("/login",
					Map.of("username", username, "password", demoPassword()));
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error")
				.doesNotContain("login");
			session.refreshCsrf("/checks");
			return session;
		}

		HttpResponse<String> get(String path) throws Exception {
			return this.client.send(HttpRequest.newBuilder(this.portal.uri(path)).timeout(REQUEST_TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
			StringBuilder form = new StringBuilder("_csrf=" + URLEncoder.encode(this.csrf, StandardCharsets.UTF_8));
			fields.forEach((name, value) -> form.append('&')
				.append(name)
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return this.client.send(HttpRequest.newBuilder(this.portal.uri(path))
				.timeout(REQUEST_TIMEOUT)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/**
		 * The form on /checks, as a browser posts it; the body trickles out in 16 pieces
		 * with a pause that grows with the upload's number.
		 */
		CompletableFuture<HttpResponse<String>> uploadAsync(Upload upload) {
			String boundary = "----canhgiac" + UUID.randomUUID();
			byte[] body = concatenate(
					("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + this.csrf
							+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
							+ upload.name + "\"\r\nContent-Type: " + upload.contentType + "\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8),
					upload.content, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			long pauseMillis = 25L * upload.number;
			HttpRequest request = HttpRequest.newBuilder(this.portal.uri("/checks/file"))
				.timeout(REQUEST_TIMEOUT)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Trickle(body, 16, pauseMillis)))
				.build();
			return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
		}

		private void refreshCsrf(String page) throws Exception {
			HttpResponse<String> response = get(page);
			Matcher token = CSRF.matcher(response.body());
			assertThat(token.find()).as("CSRF token on %s (%d)", page, response.statusCode()).isTrue();
			this.csrf = (token.group(1) != null) ? token.group(1) : token.group(2);
		}

		private static byte[] concatenate(byte[]... parts) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (byte[] part : parts) {
				out.writeBytes(part);
			}
			return out.toByteArray();
		}

		/** The README line tools read: {@code Demo password: <password>}. */
		static String demoPassword() throws IOException {
			return Files.readAllLines(Path.of("..", "README.md"))
				.stream()
				.filter((line) -> line.startsWith("Demo password: "))
				.map((line) -> line.substring("Demo password: ".length()).strip())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("README has no line 'Demo password: '"));
		}

	}

	/** A body that arrives in pieces, pausing before each. */
	static final class Trickle extends InputStream {

		private final byte[] body;

		private final int piece;

		private final long pauseMillis;

		private int position;

		Trickle(byte[] body, int pieces, long pauseMillis) {
			this.body = body;
			this.piece = (body.length + pieces - 1) / pieces;
			this.pauseMillis = pauseMillis;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : (one[0] & 0xFF);
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (this.position >= this.body.length) {
				return -1;
			}
			if (this.position % this.piece == 0 && this.pauseMillis > 0) {
				try {
					Thread.sleep(this.pauseMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new java.io.InterruptedIOException();
				}
			}
			int n = Math.min(len, Math.min(this.piece - this.position % this.piece, this.body.length - this.position));
			System.arraycopy(this.body, this.position, b, off, n);
			this.position += n;
			return n;
		}

	}

}
