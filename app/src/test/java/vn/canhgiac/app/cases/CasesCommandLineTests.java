package vn.canhgiac.app.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.canhgiac.app.testing.PortalCommand;
import vn.canhgiac.app.testing.PortalCommand.Run;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/canhgiac cases verify} as the launcher runs it, over the demo cases: every
 * case verifies, and a changed stored object makes its case fail.
 */
class CasesCommandLineTests {

	@Test
	void everyDemoCaseVerifiesUntilAStoredObjectChanges() throws Exception {
		String home = "target/test-homes/" + UUID.randomUUID();
		Run first = run(home, "cases", "verify");
		assertThat(first.code()).as(first.out()).isZero();
		assertThat(first.out()).contains("CASE VERIFIED").contains("VV-").doesNotContain("NOT VERIFIED");

		Path stored;
		try (Stream<Path> files = Files.walk(Path.of(home, "evidence"))) {
			stored = files.filter(Files::isRegularFile)
				.filter((p) -> !p.toString().contains("/tmp/"))
				.filter((p) -> first.out().contains(p.getFileName().toString()))
				.findFirst()
				.orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(stored);
		bytes[bytes.length / 2] ^= 1;
		Files.write(stored, bytes);

		Run second = run(home, "cases", "verify");
		assertThat(second.code()).isEqualTo(1);
		assertThat(second.out()).contains("NOT VERIFIED\t" + stored.getFileName()).contains("CASE NOT VERIFIED");
		assertThat(run(home, "cases", "nonsense").code()).isEqualTo(2);
	}

	private static Run run(String home, String... args) {
		return PortalCommand.run(home, Map.of("canhgiac.demo.sample-reports", "true"), args);
	}

}
