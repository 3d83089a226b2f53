package vn.canhgiac.engine.forensics;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.jpeg.DoubleCompressionEvidence;
import vn.canhgiac.engine.jpeg.JpegInfo;
import vn.canhgiac.engine.match.CloneEvidence;
import vn.canhgiac.engine.match.ReferenceMatch;
import vn.canhgiac.engine.metadata.MetadataSummary;

/**
 * Everything the detectors measured, handed to {@link VerdictFusion} in one piece.
 */
record Observations(int width, int height, @Nullable JpegInfo jpeg, @Nullable DoubleCompressionEvidence doubleJpeg,
		SuspiciousRegions.@Nullable Component singleCompressedRegion, NoiseResidualAnalysis.Result noise,
		MapStatistics.Blob noiseBlob, MapStatistics.@Nullable Blob doubleJpegBlob, MapStatistics.Blob gridBlob,
		BlockingGridAnalysis.Result grid, boolean faceDetectorAvailable, List<FaceRegion> faces,
		Optional<CloneEvidence> copyMove, Optional<ReferenceMatch> source, List<ReferencePhoto> references,
		MetadataSummary metadata) {
}
