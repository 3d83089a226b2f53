package vn.canhgiac.engine.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.testing.SyntheticImages;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceMatcherTests {

	private static final List<RgbImage> REFERENCES = List.of(SyntheticImages.texturedScene(224, 224, 101),
			SyntheticImages.texturedScene(224, 224, 102), SyntheticImages.texturedScene(224, 224, 103),
			SyntheticImages.texturedScene(224, 224, 104), SyntheticImages.texturedScene(224, 224, 105));

	@ParameterizedTest
	@CsvSource({ "2, 1.0, 0, 1.0", "3, 0.6, 12, 1.15", "1, 1.8, -15, 0.85" })
	void namesTheReferenceThePastedRegionWasCutFrom(int donor, double scale, double degrees, double redGain) {
		RgbImage host = SyntheticImages.texturedScene(900, 640, 55);
		RgbImage patch = SyntheticImages.transform(REFERENCES.get(donor), scale, degrees, redGain, 1.0);
		RgbImage forged = SyntheticImages.jpegRoundTrip(SyntheticImages.paste(host, patch, 400, 150), 70);
		List<FeatureSet> refs = new ArrayList<>();
		for (RgbImage r : REFERENCES) {
			refs.add(ReferenceMatcher.features(r, 800, 500));
		}
		FeatureSet image = ReferenceMatcher.features(forged, 1600, 3000);
		Optional<ReferenceMatch> match = ReferenceMatcher.bestReference(image, 900, 640, refs);
		assertThat(match).isPresent();
		assertThat(match.get().referenceIndex()).isEqualTo(donor);
		assertThat(match.get()
			.regionInImage()
			.overlap(new vn.canhgiac.engine.image.PixelRegion(400, 150, patch.width(), patch.height())))
			.isGreaterThan(0.3);
		assertThat(match.get().scale()).isBetween(scale * 0.85, scale * 1.15);
	}

	@Test
	void findsNoReferenceInAnUnrelatedPicture() {
		RgbImage unrelated = SyntheticImages.jpegRoundTrip(SyntheticImages.texturedScene(900, 640, 77), 80);
		List<FeatureSet> refs = REFERENCES.stream().map((r) -> ReferenceMatcher.features(r, 800, 500)).toList();
		assertThat(ReferenceMatcher.bestReference(ReferenceMatcher.features(unrelated, 1600, 3000), 900, 640, refs))
			.isEmpty();
	}

	@Test
	void findsACopiedPatchInsideOnePicture() {
		RgbImage scene = SyntheticImages.texturedScene(640, 480, 9);
		RgbImage patch = crop(scene, 60, 60, 120, 120);
		RgbImage forged = SyntheticImages.paste(scene, patch, 400, 260);
		Optional<CloneEvidence> clone = ReferenceMatcher.copyMove(ReferenceMatcher.features(forged, 1600, 3000), 640,
				480);
		assertThat(clone).isPresent();
		assertThat(clone.get().offsetPx()).isBetween(350.0, 420.0);
		assertThat(ReferenceMatcher.copyMove(ReferenceMatcher.features(scene, 1600, 3000), 640, 480)).isEmpty();
	}

	@Test
	void perceptualHashSurvivesRecompressionAndResizing() {
		RgbImage scene = SyntheticImages.texturedScene(400, 300, 4);
		RgbImage changed = SyntheticImages.jpegRoundTrip(SyntheticImages.transform(scene, 0.5, 0, 1.05, 1.0), 70);
		String a = ReferenceMatcher.perceptualHash(scene);
		assertThat(ReferenceMatcher.hashDistance(a, ReferenceMatcher.perceptualHash(changed))).isLessThanOrEqualTo(8);
		assertThat(ReferenceMatcher.hashDistance(a,
				ReferenceMatcher.perceptualHash(SyntheticImages.texturedScene(400, 300, 5))))
			.isGreaterThan(16);
	}

	private static RgbImage crop(RgbImage src, int x0, int y0, int w, int h) {
		int[] rgb = new int[w * h];
		for (int y = 0; y < h; y++) {
			System.arraycopy(src.rgb(), (y0 + y) * src.width() + x0, rgb, y * w, w);
		}
		return new RgbImage(w, h, rgb);
	}

}
