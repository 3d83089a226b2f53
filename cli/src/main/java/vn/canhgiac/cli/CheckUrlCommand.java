package vn.canhgiac.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.url.UrlAnalyzer;
import vn.canhgiac.engine.url.UrlReport;

/**
 * {@code check url URL [--json]} and {@code check url --batch R --json}. The link is
 * analysed as text and never opened.
 */
@Command(name = "url", mixinStandardHelpOptions = true,
		description = { "Kiểm tra một đường link (không mở link).", "Check a link (the link is never opened)." })
final class CheckUrlCommand implements Callable<Integer> {

	private static final UrlAnalyzer ANALYZER = new UrlAnalyzer();

	@Parameters(arity = "0..1", paramLabel = "URL", description = "đường link / the link")
	@Nullable String url;

	@Option(names = "--json", description = "một dòng JSON / one JSON line")
	boolean json;

	@Option(names = "--batch", paramLabel = "REQUESTS.jsonl",
			description = "mỗi dòng {\"id\": …, \"url\": …} / one request per line")
	@Nullable Path batch;

	@Override
	public Integer call() {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		try {
			if (this.batch != null) {
				return CheckBatch.run(this.batch, out,
						(request, id) -> report(id, ANALYZER.analyze(CheckBatch.requiredString(request, "url"))));
			}
			if (this.url == null) {
				throw new InputRejected("empty", "Chưa nhập đường link: canhgiac check url URL.",
						"No link given: canhgiac check url URL.");
			}
			CheckReportJson report = report(null, ANALYZER.analyze(this.url));
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

	static CheckReportJson report(@Nullable String id, UrlReport r) {
		return CheckReportJson.of(id, r.verdict().wireName(), r.score(), r.category(), r.signals(), r.indicators(),
				r.advice(), r.imitates());
	}

}
