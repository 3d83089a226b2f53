package vn.canhgiac.app.advisories;

import java.util.List;

/**
 * One multiple-choice question; {@code correct} is the index of the right option.
 */
public record QuizQuestion(String question, List<String> options, int correct) {

	public QuizQuestion {
		options = List.copyOf(options);
	}

}
