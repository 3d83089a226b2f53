package vn.canhgiac.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.text.MessageAnalyzer;
import vn.canhgiac.engine.text.MessageReport;

/**
 * {@code check message [--file F] [--json]} and {@code check message --batch R --json}.
 */
@Command(name = "message", mixinStandardHelpOptions = true, description = {
		"Kiểm tra một tin nhắn (từ --file hoặc stdin).", "Check a message (from --file or standard input)." })
final class CheckMessageCommand implements Callable<Integer> {

	private static final MessageAnalyzer ANALYZER = new MessageAnalyzer();

	@Option(names = "--file", paramLabel = "F", description = "tệp văn bản UTF-8 / UTF-8 text file")
	@Nullable Path file;

	@Option(names = "--json", description = "một dòng JSON / one JSON line")
	boolean json;

	@Option(names = "--batch", paramLabel = "REQUESTS.jsonl",
			description = "mỗi dòng {\"id\": …, \"text\": …} / one request per line")
	@Nullable Path batch;

	@Override
	public Integer call() {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		try {
			if (this.batch != null) {
				return CheckBatch.run(this.batch, out,
						(request, id) -> report(id, ANALYZER.analyze(CheckBatch.requiredString(request, "text"))));
			}
			String text = (this.file != null) ? CheckInput.text(this.file) : CheckInput.text(System.in);
			CheckReportJson report = report(null, ANALYZER.analyze(text));
			if (this.json) {
				out.println(JsonOutput.line(report));
			}
			else {
				CheckSummary.print(report, out);
			}
			return 0;
		}
		catch (InputRejected ex) {
			return CheckFailure.report(ex);
		}
	}

	static CheckReportJson report(@Nullable String id, MessageReport r) {
		return CheckReportJson.of(id, r.verdict().wireName(), r.score(), r.category(), r.signals(), r.indicators(),
				r.advice(), null);
	}

}
