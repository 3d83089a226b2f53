package vn.canhgiac.app.checks;

import java.util.List;

/**
 * What an analysis produced: the verdict word, score and category, the full report as
 * JSON, and images to keep beside it (heat maps), each stored as evidence.
 */
record AnalysisOutcome(String verdict, double score, String category, String reportJson, List<NamedImage> images) {

	record NamedImage(String kind, byte[] png) {

	}

}
