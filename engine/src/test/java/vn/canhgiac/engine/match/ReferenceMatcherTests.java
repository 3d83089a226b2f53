package vn.canhgiac.engine.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.image.PixelRegion;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.testing.SyntheticImages;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceMatcherTests {

	private static final List<RgbImage> REFERENCES = List.of(SyntheticImages.texturedScene(224, 224, 101),
			SyntheticImages.texturedScene(224, 224, 102), SyntheticImages.texturedScene(224, 224, 103),
			SyntheticImages.texturedScene(224, 224, 104), SyntheticImages.texturedScene(224, 224, 105));

	private static final List<RgbImage> OTHERS = List.of(SyntheticImages.texturedScene(224, 224, 201),
			SyntheticImages.texturedScene(224, 224, 202), SyntheticImages.texturedScene(224, 224, 203),
			SyntheticImages.texturedScene(224, 224, 204), SyntheticImages.texturedScene(224, 224, 205));

	/** A large picture: at 1,600 px working size its strongest corners are everywhere. */
	private static final RgbImage LARGE_HOST = SyntheticImages.texturedScene(2000, 1500, 55);

	/** A small picture, which the attribution pass enlarges. */
	private static final RgbImage SMALL_HOST = SyntheticImages.texturedScene(900, 675, 56);

	@ParameterizedTest
	@CsvSource({ "2, 1.0, 0, 1.0", "3, 0.6, 12, 1.15", "1, 1.8, -15, 0.85" })
	void namesTheReferenceThePastedRegionWasCutFrom(int donor, double scale, double degrees, double redGain) {
		RgbImage host = SyntheticImages.texturedScene(900, 640, 55);
		RgbImage patch = SyntheticImages.transform(REFERENCES.get(donor), scale, degrees, redGain, 1.0);
		RgbImage forged = SyntheticImages.jpegRoundTrip(SyntheticImages.paste(host, patch, 400, 150), 70);
		Optional<ReferenceMatch> match = ReferenceMatcher.bestReference(ReferenceMatcher.attributionFeatures(forged),
				references(REFERENCES));
		assertThat(match).isPresent();
		assertThat(match.get().referenceIndex()).isEqualTo(donor);
		assertThat(match.get().regionInImage().overlap(new PixelRegion(400, 150, patch.width(), patch.height())))
			.isGreaterThan(0.3);
		assertThat(match.get().scale()).isBetween(scale * 0.85, scale * 1.15);
		assertThat(match.get().rotationDegrees()).isBetween(degrees - 4, degrees + 4);
	}

	/**
	 * The case: a region pasted at half or twice the reference's size, rotated by
	 * 15°, colour-shifted and saved at JPEG q70; then the same picture against five
	 * photos that are not its source.
	 */
	@ParameterizedTest
	@CsvSource({ "small, 4, 0.5, 15, 1.15, 0.9", "small, 0, 0.5, -15, 0.85, 1.1", "large, 3, 2.0, 15, 1.1, 1.0",
			"large, 1, 2.0, -15, 0.9, 1.1" })
	void attributesARotatedRecompressedPasteAtHalfOrTwiceTheReferenceSize(String host, int donor, double scale,
			double degrees, double redGain, double blueGain) {
		RgbImage picture = host.equals("small") ? SMALL_HOST : LARGE_HOST;
		int x = picture.width() / 2;
		int y = picture.height() / 3;
		RgbImage patch = SyntheticImages.transform(REFERENCES.get(donor), scale, degrees, redGain, blueGain);
		RgbImage forged = SyntheticImages.jpegRoundTrip(SyntheticImages.paste(picture, patch, x, y), 70);
		FeatureSet features = ReferenceMatcher.attributionFeatures(forged);
		Optional<ReferenceMatch> match = ReferenceMatcher.bestReference(features, references(REFERENCES));
		assertThat(match).isPresent();
		assertThat(match.get().referenceIndex()).isEqualTo(donor);
		assertThat(match.get().regionInImage().overlap(new PixelRegion(x, y, patch.width(), patch.height())))
			.isGreaterThan(0.3);
		assertThat(match.get().scale()).isBetween(scale * 0.9, scale * 1.1);
		assertThat(match.get().rotationDegrees()).isBetween(degrees - 4, degrees + 4);
		assertThat(match.get().confidence()).isGreaterThan(0.5);
		assertThat(ReferenceMatcher.bestReference(features, references(OTHERS))).isEmpty();
	}

	@Test
	void attributionKeypointsCoverLowContrastPartsOfABusyPicture() {
		// Right half at half the contrast: the default pass keeps the strongest
		// corners of the whole picture, the attribution pass an equal share per cell.
		RgbImage scene = SyntheticImages.texturedScene(1600, 1200, 57);
		int[] rgb = scene.rgb().clone();
		for (int y = 0; y < 1200; y++) {
			for (int x = 800; x < 1600; x++) {
				int p = rgb[y * 1600 + x];
				int out = 0;
				for (int shift = 0; shift <= 16; shift += 8) {
					out |= (128 + (((p >> shift) & 0xff) - 128) / 2) << shift;
				}
				rgb[y * 1600 + x] = out;
			}
		}
		RgbImage picture = new RgbImage(1600, 1200, rgb);
		PixelRegion faint = new PixelRegion(800, 0, 800, 1200);
		FeatureSet dense = ReferenceMatcher.attributionFeatures(picture);
		FeatureSet sparse = ReferenceMatcher.features(picture, 1600, 3000);
		assertThat(inside(dense, faint)).isGreaterThan(dense.count() / 5);
		assertThat(inside(sparse, faint)).isLessThan(sparse.count() / 20);
	}

	@Test
	void findsNoReferenceInAnUnrelatedPicture() {
		RgbImage unrelated = SyntheticImages.jpegRoundTrip(SyntheticImages.texturedScene(900, 640, 77), 80);
		assertThat(
				ReferenceMatcher.bestReference(ReferenceMatcher.attributionFeatures(unrelated), references(REFERENCES)))
			.isEmpty();
	}

	private static List<FeatureSet> references(List<RgbImage> photos) {
		List<FeatureSet> out = new ArrayList<>();
		for (RgbImage r : photos) {
			out.add(ReferenceMatcher.referenceFeatures(r));
		}
		return out;
	}

	private static long inside(FeatureSet f, PixelRegion region) {
		return java.util.stream.IntStream.range(0, f.count())
			.filter((i) -> region.contains(f.x()[i], f.y()[i]))
			.count();
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
