package vn.canhgiac.engine.forensics;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The image report of DESIGN §2, field for field. {@code verdict} is one of
 * {@code manipulated | inconclusive | no_evidence} — never "authentic": absence of
 * evidence is all an analysis can show.
 */
public record ImageReport(String id, String schema, String engineVersion, String sha256, int width, int height,
		String format, String verdict, double score, List<Finding> findings, List<MapEntry> maps,
		@Nullable SourceMatch sourceMatch, String perceptualHash, Map<String, Long> timingsMs) {

	public static final String SCHEMA = "canhgiac.image-report/1";

	public static final String MANIPULATED = "manipulated";

	public static final String INCONCLUSIVE = "inconclusive";

	public static final String NO_EVIDENCE = "no_evidence";

	public ImageReport withMaps(List<MapEntry> files) {
		return new ImageReport(this.id, this.schema, this.engineVersion, this.sha256, this.width, this.height,
				this.format, this.verdict, this.score, this.findings, List.copyOf(files), this.sourceMatch,
				this.perceptualHash, this.timingsMs);
	}

}
