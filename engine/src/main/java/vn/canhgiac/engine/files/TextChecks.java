package vn.canhgiac.engine.files;

import java.util.List;

import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.indicators.Indicator;

/**
 * The message and link analyzers as the file checks see them: the text of a body, a
 * document or a screenshot goes to the message checks, every link to the URL checks.
 */
interface TextChecks {

	Result message(String text);

	Result link(String url);

	/**
	 * @param score 0..1 on the file scale (a scam message is a dangerous file)
	 * @param category the message or link category
	 * @param signals reasons; spans refer to the analysed text
	 * @param indicators what the text contains
	 */
	record Result(double score, String category, List<Signal> signals, List<Indicator> indicators) {

	}

}
