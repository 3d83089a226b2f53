package vn.canhgiac.app.checks;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.canhgiac.engine.files.FileAnalyzer;
import vn.canhgiac.engine.files.FileReport;
import vn.canhgiac.engine.text.MessageAnalyzer;
import vn.canhgiac.engine.text.MessageReport;
import vn.canhgiac.engine.url.UrlAnalyzer;
import vn.canhgiac.engine.url.UrlReport;

/**
 * The engine's analysers, created once and shared (they are thread-safe). Links are
 * analysed as text: nothing here makes a network request.
 */
@Component
class EngineContentAnalyzers implements ContentAnalyzers {

	private final UrlAnalyzer urls = new UrlAnalyzer();

	private final MessageAnalyzer messages = new MessageAnalyzer(this.urls);

	private final FileAnalyzer files = new FileAnalyzer();

	@Override
	public AnalysisOutcome message(String text) {
		MessageReport report = this.messages.analyze(text);
		return new AnalysisOutcome(report.verdict().wireName(), report.score(), report.category(),
				EngineJson.write(report), List.of());
	}

	@Override
	public AnalysisOutcome url(String url) {
		UrlReport report = this.urls.analyze(url);
		return new AnalysisOutcome(report.verdict().wireName(), report.score(), report.category(),
				EngineJson.write(report), List.of());
	}

	@Override
	public AnalysisOutcome file(byte[] bytes, String fileName) {
		FileReport report = this.files.analyze(bytes, fileName);
		return new AnalysisOutcome(report.verdict(), report.score(), report.category(), EngineJson.write(report),
				List.of());
	}

	@Override
	public AnalysisOutcome image(byte[] image, List<byte[]> references) {
		FileReport report = this.files.analyze(image, "image");
		return new AnalysisOutcome(report.verdict(), report.score(), report.category(), EngineJson.write(report),
				List.of());
	}

}
