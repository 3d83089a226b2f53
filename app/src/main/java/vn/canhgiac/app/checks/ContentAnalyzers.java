package vn.canhgiac.app.checks;

import java.util.List;

/**
 * The engine's analyses as the checks module uses them. Implementations must be
 * thread-safe and throw {@link vn.canhgiac.engine.InputRejected} for input they refuse.
 */
interface ContentAnalyzers {

	/**
	 * @param sender where the message came from, as its recipient saw it
	 */
	AnalysisOutcome message(String text, MessageSender sender);

	AnalysisOutcome url(String url);

	AnalysisOutcome file(byte[] bytes, String fileName);

	AnalysisOutcome image(byte[] image, List<byte[]> references);

}
