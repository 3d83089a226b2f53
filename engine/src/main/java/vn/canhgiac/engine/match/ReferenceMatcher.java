package vn.canhgiac.engine.match;

import java.util.List;
import java.util.Optional;

import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.image.GrayImages;
import vn.canhgiac.engine.image.PixelRegion;
import vn.canhgiac.engine.image.RgbImage;

/**
 * Entry point of the matching package: keypoints of a picture, attribution of a picture's
 * content to one of several reference photos (which of the victim's photos the face was
 * cut from), copy-move search inside one picture, and perceptual hashes.
 *
 * <p>
 * Robustness targets: scale 0.5–2× (√2 pyramid on both sides), rotation ±15° and more
 * (steered descriptors), colour changes (luma only, binary tests are invariant to
 * monotonic tone curves) and recompression to JPEG q70 (descriptors on a box-blurred
 * image). Stateless and thread-safe.
 *
 * <p>
 * Attribution has its own keypoint pass ({@link #attributionFeatures}), run only when
 * references are given. A pasted face is a few per cent of the picture and mostly smooth
 * skin: when the strongest corners of the whole picture are kept, a textured scene takes
 * the whole budget. The attribution pass therefore gives every grid cell an equal share
 * of keypoints, as ORB-SLAM does to spread ORB features over the image (Mur-Artal,
 * Montiel and Tardós, "ORB-SLAM: a versatile and accurate monocular SLAM system", IEEE
 * T-RO 2015), and enlarges small pictures up to 2× before building the pyramid, as Lowe
 * does to find more stable keypoints on small structures (Lowe, "Distinctive image
 * features from scale-invariant keypoints", IJCV 2004, §3.3) — the reference side is
 * enlarged the same way.
 */
public final class ReferenceMatcher {

	private static final int ATTRIBUTION_SIDE_PX = 1600;

	private static final double ATTRIBUTION_MAX_ENLARGEMENT = 2;

	/** Keypoints on the first level; each further level keeps 60 %. */
	private static final int ATTRIBUTION_FEATURES = 6000;

	private static final int ATTRIBUTION_CELL_PX = 32;

	private ReferenceMatcher() {
	}

	/**
	 * Keypoints on a working copy no larger than {@code maxSidePx}, returned in the
	 * picture's own coordinates.
	 */
	public static FeatureSet features(RgbImage image, int maxSidePx, int maxFeatures) {
		return features(GrayImages.luma(image), maxSidePx, maxFeatures);
	}

	/** As {@link #features(RgbImage, int, int)} from an existing luma raster. */
	public static FeatureSet features(FloatRaster luma, int maxSidePx, int maxFeatures) {
		FloatRaster gray = luma;
		double factor = Math.min(1.0, (double) maxSidePx / Math.max(luma.width(), luma.height()));
		if (factor < 1) {
			gray = GrayImages.resize(gray, Math.max(1, (int) Math.round(luma.width() * factor)),
					Math.max(1, (int) Math.round(luma.height() * factor)));
		}
		int cell = Math.max(24, Math.max(gray.width(), gray.height()) / 24);
		FeatureSet f = OrientedBriefDetector.detect(gray, new OrientedBriefDetector.Config(maxFeatures, 5, cell));
		if (factor < 1) {
			for (int i = 0; i < f.count(); i++) {
				f.x()[i] /= (float) factor;
				f.y()[i] /= (float) factor;
				f.scale()[i] *= (float) factor;
			}
		}
		return f;
	}

	/**
	 * Keypoints of a picture for {@link #bestReference}: an equal share per 32-px grid
	 * cell on a working copy whose longer side is 1,600 px, enlarged at most 2× for small
	 * pictures, and a pyramid down to a quarter of the picture's size. Returned in the
	 * picture's own coordinates.
	 */
	public static FeatureSet attributionFeatures(RgbImage image) {
		return attributionFeatures(GrayImages.luma(image));
	}

	/** As {@link #attributionFeatures(RgbImage)} from an existing luma raster. */
	public static FeatureSet attributionFeatures(FloatRaster luma) {
		double factor = Math.min(ATTRIBUTION_MAX_ENLARGEMENT,
				(double) ATTRIBUTION_SIDE_PX / Math.max(luma.width(), luma.height()));
		FloatRaster gray = luma;
		if (factor != 1) {
			gray = GrayImages.resize(luma, Math.max(1, (int) Math.round(luma.width() * factor)),
					Math.max(1, (int) Math.round(luma.height() * factor)));
		}
		// √2 levels from the working copy down to a quarter of the picture.
		int levels = 5 + (int) Math.max(0, Math.round(2 * Math.log(factor) / Math.log(2)));
		FeatureSet f = OrientedBriefDetector.detect(gray, new OrientedBriefDetector.Config(ATTRIBUTION_FEATURES, levels,
				ATTRIBUTION_CELL_PX, OrientedBriefDetector.FAST_THRESHOLD, true));
		for (int i = 0; i < f.count(); i++) {
			f.x()[i] /= (float) factor;
			f.y()[i] /= (float) factor;
			f.scale()[i] *= (float) factor;
		}
		return f;
	}

	/**
	 * Keypoints of a reference photo. Profile pictures are small (often 200–500 px), so
	 * they are first enlarged 2× and described over six pyramid levels: the pasted copy
	 * may be larger than the reference (an enlarged face) or half its size.
	 */
	public static FeatureSet referenceFeatures(RgbImage reference) {
		int side = Math.max(reference.width(), reference.height());
		if (side >= 500) {
			return features(reference, 1000, 800);
		}
		FloatRaster gray = GrayImages.resize(GrayImages.luma(reference), reference.width() * 2, reference.height() * 2);
		int cell = Math.max(16, Math.max(gray.width(), gray.height()) / 24);
		FeatureSet f = OrientedBriefDetector.detect(gray, new OrientedBriefDetector.Config(800, 6, cell));
		for (int i = 0; i < f.count(); i++) {
			f.x()[i] /= 2;
			f.y()[i] /= 2;
			f.scale()[i] *= 2;
		}
		return f;
	}

	/**
	 * The reference whose content appears in the picture with the most inliers, if it has
	 * enough of them. {@code image} should come from {@link #attributionFeatures}.
	 */
	public static Optional<ReferenceMatch> bestReference(FeatureSet image, List<FeatureSet> references) {
		return FeatureMatching.best(image, references);
	}

	public static Optional<CloneEvidence> copyMove(FeatureSet image, int imageWidth, int imageHeight) {
		double size = Math.max(imageWidth, imageHeight);
		return FeatureMatching.clones(image, Math.max(24, 0.03 * size), Math.max(3, 0.004 * size));
	}

	/** 64-bit DCT perceptual hash as 16 hex digits. */
	public static String perceptualHash(RgbImage image) {
		return String.format("%016x", PerceptualHash.hash(GrayImages.luma(image)));
	}

	public static String perceptualHash(FloatRaster luma) {
		return String.format("%016x", PerceptualHash.hash(luma));
	}

	public static String perceptualHash(FloatRaster gray, PixelRegion region) {
		int x0 = Math.max(0, Math.min(gray.width() - 1, region.x()));
		int y0 = Math.max(0, Math.min(gray.height() - 1, region.y()));
		int w = Math.max(1, Math.min(gray.width() - x0, region.width()));
		int h = Math.max(1, Math.min(gray.height() - y0, region.height()));
		float[] crop = new float[w * h];
		for (int y = 0; y < h; y++) {
			System.arraycopy(gray.values(), (y0 + y) * gray.width() + x0, crop, y * w, w);
		}
		return String.format("%016x", PerceptualHash.hash(new FloatRaster(w, h, crop)));
	}

	public static int hashDistance(String a, String b) {
		return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
	}

}
