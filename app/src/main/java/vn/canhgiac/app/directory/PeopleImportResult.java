package vn.canhgiac.app.directory;

import java.util.List;

/**
 * Outcome of an import: either every row was imported, or none was and the problems say
 * why.
 */
public record PeopleImportResult(int imported, List<ImportProblem> problems) {

	public boolean succeeded() {
		return this.problems.isEmpty();
	}

}
