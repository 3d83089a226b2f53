package vn.canhgiac.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanhGiacCliTests {

	@Test
	void printsVersionFromTheEngine() {
		String out = captureStdout(() -> assertThat(CanhGiacCli.run("--version")).isZero());
		assertThat(out).startsWith("canhgiac 0.");
	}

	@Test
	void helpMentionsServe() {
		String out = captureStdout(() -> assertThat(CanhGiacCli.run("--help")).isZero());
		assertThat(out).contains("serve [--port N]");
	}

	@Test
	void unknownOptionIsBadInput() {
		PrintStream err = System.err;
		System.setErr(new PrintStream(new ByteArrayOutputStream()));
		try {
			assertThat(CanhGiacCli.run("--no-such-option")).isEqualTo(CanhGiacCli.BAD_INPUT);
		}
		finally {
			System.setErr(err);
		}
	}

	static String captureStdout(Runnable action) {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			action.run();
		}
		finally {
			System.setOut(original);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}

}
