package vn.canhgiac.app.checks;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

import vn.canhgiac.engine.files.FileAnalyzer;
import vn.canhgiac.engine.files.FileReport;
import vn.canhgiac.engine.forensics.ImageAnalysis;
import vn.canhgiac.engine.forensics.ImageAnalysisOptions;
import vn.canhgiac.engine.forensics.ImageForensics;
import vn.canhgiac.engine.forensics.ImageReport;
import vn.canhgiac.engine.forensics.ReferencePhoto;
import vn.canhgiac.engine.text.MessageAnalyzer;
import vn.canhgiac.engine.text.MessageReport;
import vn.canhgiac.engine.text.SenderKind;
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

	/**
	 * Uses Debian's opencv-data face cascade when installed; reports its absence
	 * otherwise.
	 */
	private final ImageForensics forensics = new ImageForensics();

	@Override
	public AnalysisOutcome message(String text, MessageSender sender) {
		MessageReport report = this.messages.analyze(text, senderKind(sender));
		return new AnalysisOutcome(report.verdict().wireName(), report.score(), report.category(),
				EngineJson.write(report), List.of());
	}

	private static SenderKind senderKind(MessageSender sender) {
		return switch (sender) {
			case UNKNOWN -> SenderKind.UNKNOWN;
			case BRANDNAME -> SenderKind.BRANDNAME;
			case SHORTCODE -> SenderKind.SHORTCODE;
			case PERSONAL -> SenderKind.PERSONAL_NUMBER;
		};
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
		List<ReferencePhoto> photos = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			photos.add(new ReferencePhoto(Integer.toString(i + 1), references.get(i)));
		}
		ImageAnalysis analysis = this.forensics.analyze(image, photos, ImageAnalysisOptions.defaults("check"));
		ImageReport report = analysis.report();
		List<AnalysisOutcome.NamedImage> maps = analysis.maps()
			.stream()
			.map((map) -> new AnalysisOutcome.NamedImage(map.kind(), analysis.heatMapPng(map.kind())))
			.toList();
		// The stored report adds what the page shows beside the contract fields: metadata
		// and faces.
		ObjectNode json = EngineJson.MAPPER.valueToTree(report);
		json.set("metadata", EngineJson.MAPPER.valueToTree(analysis.metadata()));
		json.set("faces", EngineJson.MAPPER.valueToTree(analysis.faces().stream().map((f) -> f.box()).toList()));
		return new AnalysisOutcome(report.verdict(), report.score(), "image_manipulation",
				EngineJson.MAPPER.writeValueAsString(json), maps);
	}

}
