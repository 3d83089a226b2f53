package vn.canhgiac.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, "evidence you must bring": no phone numbers, account numbers, message texts or
 * image bytes in the logs after the whole test suite. Runs last ({@code @Order} with
 * failsafe's class orderer, after surefire's unit tests and the other integration tests)
 * and reads what they logged: {@code target/test-logs} (every test JVM logs there through
 * {@code logback-test.xml}; the crash test's portal output is captured there too) and the
 * embedded PostgreSQL logs of every test home.
 */
@Order(Integer.MAX_VALUE)
class LogLeakIT {

	private static final Path LOGS = Path.of("target", "test-logs");

	private final LogLeaks leaks = LogLeaks.fromResource();

	@Test
	void noPersonalDataMessagesOrPictureBytesInAnyLog() throws IOException {
		List<Path> logs = new ArrayList<>(files(LOGS, Integer.MAX_VALUE));
		assertThat(logs).as("test logs under %s (the scan must have something to read)", LOGS.toAbsolutePath())
			.anySatisfy((log) -> assertThat(Files.size(log)).isGreaterThan(1000));
		for (Path homes : List.of(Path.of("target", "test-homes"), Path.of("target", "it-homes"))) {
			files(homes, 4).stream()
				.filter((p) -> p.getFileName().toString().equals("postgres.log"))
				.forEach(logs::add);
		}
		List<String> found = new ArrayList<>();
		for (Path log : logs) {
			found.addAll(this.leaks.scan(log.toString(), Files.readAllBytes(log)));
		}
		assertThat(found).as("leaks in %d log files", logs.size()).isEmpty();
	}

	@Test
	void everySentinelIsStillSentByATest() throws IOException {
		StringBuilder sources = new StringBuilder();
		for (Path source : files(Path.of("src", "test", "java"), Integer.MAX_VALUE)) {
			sources.append(Files.readString(source)).append('\n');
		}
		assertThat(this.leaks.sentinels()).isNotEmpty()
			.as("leak-sentinels.txt values that no test uses any more")
			.allSatisfy((sentinel) -> assertThat(sources).contains(sentinel));
	}

	private static List<Path> files(Path root, int depth) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root, depth)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}

}
