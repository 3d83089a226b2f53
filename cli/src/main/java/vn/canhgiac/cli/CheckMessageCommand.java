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
import vn.canhgiac.engine.text.SenderKind;

/**
 * {@code check message [--file F] [--json] [--sender S]} and
 * {@code check message --batch R --json}.
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
			description = "mỗi dòng {\"id\": …, \"text\": …, \"sender\"?: …} / one request per line")
	@Nullable Path batch;

	// A plain string, not an enum, so a wrong word gets the same one-line bilingual error
	// as other bad input instead of picocli's English usage text.
	@Option(names = "--sender", paramLabel = CheckSender.WORDS,
			description = "tin nhắn đến từ: tên thương hiệu, đầu số ngắn, số thường, không rõ (mặc định) / "
					+ "who sent it: brand name, short code, ordinary number, unknown (default)")
	@Nullable String sender;

	@Override
	public Integer call() {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		try {
			SenderKind senderKind = CheckSender.parse(this.sender);
			if (this.batch != null) {
				return CheckBatch.run(this.batch, out, (request, id) -> report(id, ANALYZER
					.analyze(CheckBatch.requiredString(request, "text"), CheckSender.of(request, senderKind))));
			}
			String text = (this.file != null) ? CheckInput.text(this.file) : CheckInput.text(System.in);
			CheckReportJson report = report(null, ANALYZER.analyze(text, senderKind));
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
