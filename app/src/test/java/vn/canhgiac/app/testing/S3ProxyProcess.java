package vn.canhgiac.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * s3proxy (Maven Central {@code org.gaul:s3proxy}, its self-contained
 * {@code jar-with-dependencies}) as a real S3 server on 127.0.0.1 in its own JVM, with a
 * file-system blob store in a directory the test owns, so a stop and a restart keep the
 * objects. Its own JVM because its Jetty, Jackson and cloud clients would clash with
 * Spring Boot's on the test classpath (ADR 0101). The build copies the jar to
 * {@code target/s3proxy/s3proxy.jar}.
 */
public final class S3ProxyProcess implements AutoCloseable {

	public static final String IDENTITY = "canhgiac-test";

	public static final String CREDENTIAL = "canhgiac-test-secret";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final Path directory;

	private final int port;

	private Process process;

	private S3ProxyProcess(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	/** The jar the build copied; a clear failure when the build did not run. */
	public static Path jar() {
		Path jar = Path.of(System.getProperty("canhgiac.it.s3proxy", "target/s3proxy/s3proxy.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("s3proxy is missing at " + jar.toAbsolutePath()
					+ ": ./mvnw -pl app process-test-resources copies it from Maven Central");
		}
		return jar;
	}

	/**
	 * Starts s3proxy on a free port with its blobs under {@code directory/blobs}, and
	 * waits until it answers.
	 */
	public static S3ProxyProcess start(Path directory) throws IOException, InterruptedException {
		S3ProxyProcess proxy = new S3ProxyProcess(directory, freePort());
		Runtime.getRuntime().addShutdownHook(new Thread(proxy::stop, "stop-s3proxy-" + proxy.port));
		proxy.startProcess();
		return proxy;
	}

	private void startProcess() throws IOException, InterruptedException {
		Path blobs = Files.createDirectories(this.directory.resolve("blobs"));
		Path properties = this.directory.resolve("s3proxy.properties");
		Files.writeString(properties,
				String.join("\n", "s3proxy.endpoint=http://127.0.0.1:" + this.port,
						"s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + IDENTITY,
						"s3proxy.credential=" + CREDENTIAL, "jclouds.provider=filesystem-nio2",
						"jclouds.filesystem.basedir=" + blobs.toAbsolutePath(), ""),
				StandardCharsets.UTF_8);
		ProcessBuilder builder = new ProcessBuilder(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-jar", jar().toAbsolutePath().toString(), "--properties",
						properties.toAbsolutePath().toString()))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.directory.resolve("s3proxy.log").toFile()));
		builder.environment().put("LOG_LEVEL", "warn");
		this.process = builder.start();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (!answers()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("s3proxy exited with " + this.process.exitValue() + "; see "
						+ this.directory.resolve("s3proxy.log"));
			}
			if (System.nanoTime() > deadline) {
				stop();
				throw new IllegalStateException("s3proxy did not answer within " + START_TIMEOUT);
			}
			Thread.sleep(100);
		}
	}

	private boolean answers() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Stops the server (an outage); the blobs stay. */
	public void stop() {
		Process running = this.process;
		if (running == null || !running.isAlive()) {
			return;
		}
		running.destroy();
		try {
			if (!running.waitFor(30, TimeUnit.SECONDS)) {
				running.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Starts it again on the same port over the same blobs. */
	public void restart() throws IOException, InterruptedException {
		stop();
		startProcess();
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	public int port() {
		return this.port;
	}

	public Path blobs() {
		return this.directory.resolve("blobs");
	}

	/** A client for the test itself: to create buckets and look at raw objects. */
	public S3Client client(URI endpoint) {
		return S3Client.builder()
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(5))
				.socketTimeout(Duration.ofSeconds(30))
				.build())
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL)))
			.build();
	}

	public S3Client client() {
		return client(endpoint());
	}

	@Override
	public void close() {
		stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
