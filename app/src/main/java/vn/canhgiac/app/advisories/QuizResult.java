package vn.canhgiac.app.advisories;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of one quiz attempt: how many answers were right, the score against the
 * pass mark, and which questions (by index) were answered wrongly. Serializable: it is
 * shown after a redirect as a flash attribute, which rides in the database session.
 */
public record QuizResult(int correct, int total, int scorePercent, int passPercent, boolean passed,
		List<Integer> wrong) implements Serializable {

}
