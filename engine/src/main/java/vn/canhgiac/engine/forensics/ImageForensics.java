package vn.canhgiac.engine.forensics;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.EngineVersion;
import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.image.DecodedImage;
import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.PixelRegion;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.jpeg.DoubleCompressionEvidence;
import vn.canhgiac.engine.jpeg.JpegInfo;
import vn.canhgiac.engine.match.CloneEvidence;
import vn.canhgiac.engine.match.FeatureSet;
import vn.canhgiac.engine.match.ReferenceMatch;
import vn.canhgiac.engine.match.ReferenceMatcher;
import vn.canhgiac.engine.metadata.MetadataInspector;
import vn.canhgiac.engine.metadata.MetadataSummary;

/**
 * The image-forensics facade: is this picture a composite, where, why, and which of the
 * victim's photos was it made from. Immutable after construction and thread-safe; one
 * instance serves the whole application.
 *
 * <p>
 * Methods, each documented with its paper in its own class: error level analysis (Krawetz
 * 2007), noise inconsistency (Mahdian and Saic 2009), aligned double JPEG (Lin et al.
 * 2009; Bianchi and Piva 2012), blocking-grid position (Li, Yuan and Yu 2009), copy-move
 * by keypoints and RANSAC (Amerini et al. 2011), faces (Viola and Jones 2001),
 * attribution by ORB-style keypoints (Rublee et al. 2011), pHash (Zauner 2010).
 */
public final class ImageForensics {

	private static final int FEATURE_SIDE_PX = 1280;

	private static final int FEATURES = 3000;

	private final @Nullable FaceDetector faces;

	/** Uses the face cascade from Debian's {@code opencv-data} if installed. */
	public ImageForensics() {
		this(FaceDetector.DEFAULT_CASCADE);
	}

	public ImageForensics(Path faceCascadeXml) {
		this.faces = FaceDetector.load(faceCascadeXml).orElse(null);
	}

	public boolean faceDetectorAvailable() {
		return this.faces != null;
	}

	public ImageReport analyze(byte[] bytes, ImageAnalysisOptions options) {
		return analyze(bytes, List.of(), options).report();
	}

	/**
	 * @throws InputRejected for the picture or a reference that cannot be analysed
	 */
	public ImageAnalysis analyze(byte[] bytes, List<ReferencePhoto> references, ImageAnalysisOptions options) {
		if (references.size() > options.maxReferences()) {
			throw new InputRejected("too_many_references",
					"Quá nhiều ảnh tham chiếu (tối đa " + options.maxReferences() + ").",
					"Too many reference photos (at most " + options.maxReferences() + ").");
		}
		Map<String, Long> timings = new LinkedHashMap<>();
		long t0 = System.nanoTime();
		DecodedImage decoded = ImageCodec.decode(bytes, options.limits());
		RgbImage image = decoded.image();
		lap(timings, "decode", t0);
		try {
			return run(bytes, references, options, decoded, image, timings, t0);
		}
		catch (StackOverflowError | OutOfMemoryError ex) {
			throw new InputRejected("malformed", "Không phân tích được ảnh này (cấu trúc bất thường).",
					"This picture cannot be analysed (abnormal structure).");
		}
	}

	private ImageAnalysis run(byte[] bytes, List<ReferencePhoto> references, ImageAnalysisOptions options,
			DecodedImage decoded, RgbImage image, Map<String, Long> timings, long t0) {
		float[] luma = image.luma();
		FloatRaster lumaRaster = new FloatRaster(image.width(), image.height(), luma);
		AtomicReference<List<FeatureSet>> referenceFeatures = new AtomicReference<>();
		AtomicReference<MetadataSummary> metadataHolder = new AtomicReference<>();
		AtomicReference<JpegEvidence> jpegHolder = new AtomicReference<>(JpegEvidence.NONE);
		AtomicReference<FloatRaster> elaHolder = new AtomicReference<>();
		AtomicReference<NoiseResidualAnalysis.Result> noiseHolder = new AtomicReference<>();
		AtomicReference<BlockingGridAnalysis.Result> gridHolder = new AtomicReference<>();
		AtomicReference<List<PixelRegion>> faceBoxes = new AtomicReference<>(List.of());
		AtomicReference<FeatureSet> featureHolder = new AtomicReference<>();
		AtomicReference<FeatureSet> attributionFeatures = new AtomicReference<>();
		AtomicReference<String> hashHolder = new AtomicReference<>();
		AtomicReference<String> sha256 = new AtomicReference<>();
		AtomicReference<Optional<CloneEvidence>> cloneHolder = new AtomicReference<>(Optional.empty());
		// The steps below read only the decoded picture and are independent of one
		// another: they share the cores (the budget assumes two) instead of queueing.
		inParallel(
				() -> referenceFeatures.set(timed(timings, "references", () -> referenceFeatures(references, options))),
				// Attribution has its own, denser keypoint pass: the copy-move keypoints
				// favour the strongest corners of the whole scene, and a small pasted
				// face
				// gets few of them.
				() -> attributionFeatures.set(references.isEmpty() ? null
						: timed(timings, "attribution_keypoints",
								() -> ReferenceMatcher.attributionFeatures(lumaRaster))),
				() -> metadataHolder.set(timed(timings, "metadata", () -> MetadataInspector.inspect(bytes, image))),
				() -> hashHolder.set(ReferenceMatcher.perceptualHash(lumaRaster)), () -> sha256.set(sha256(bytes)),
				() -> jpegHolder.set(timed(timings, "jpeg", () -> JpegEvidence.of(bytes, decoded.format(), image))),
				() -> elaHolder
					.set(timed(timings, "ela", () -> ErrorLevelAnalysis.map(luma, image.width(), image.height()))),
				() -> timed(timings, "noise_grid", () -> {
					noiseHolder.set(NoiseResidualAnalysis.analyse(luma, image.width(), image.height()));
					gridHolder.set(BlockingGridAnalysis.analyse(luma, image.width(), image.height()));
					return null;
				}), () -> faceBoxes.set(timed(timings, "faces", () -> detectFaces(image, lumaRaster))), () -> {
					FeatureSet features = timed(timings, "keypoints",
							() -> ReferenceMatcher.features(lumaRaster, FEATURE_SIDE_PX, FEATURES));
					featureHolder.set(features);
					cloneHolder.set(timed(timings, "copy_move",
							() -> ReferenceMatcher.copyMove(features, image.width(), image.height())));
				});
		MetadataSummary metadata = metadataHolder.get();
		JpegEvidence jpegEvidence = jpegHolder.get();
		JpegInfo jpeg = jpegEvidence.info();
		DoubleCompressionEvidence doubleJpeg = jpegEvidence.doubleJpeg();
		SuspiciousRegions.Component singleRegion = jpegEvidence.singleRegion();
		NoiseResidualAnalysis.Result noise = noiseHolder.get();
		BlockingGridAnalysis.Result grid = gridHolder.get();
		FeatureSet features = featureHolder.get();
		Optional<CloneEvidence> clone = cloneHolder.get();
		List<ForensicMap> maps = new ArrayList<>();
		if (doubleJpeg != null) {
			maps.add(new ForensicMap("double_jpeg", 8,
					"probability that the 8x8 block was JPEG-compressed once while the picture was compressed twice",
					doubleJpeg.blockMap()));
		}
		maps.add(new ForensicMap("ela", 8,
				"change when re-saved at JPEG quality 90, relative to the picture's 99th percentile", elaHolder.get()));
		maps.add(new ForensicMap("noise", NoiseResidualAnalysis.BLOCK_PX,
				"local noise level differs from the picture's median (1 = four times more or less)", noise.map()));
		maps.add(new ForensicMap("blocking_grid", BlockingGridAnalysis.WINDOW_PX,
				"share of JPEG blockiness on a grid other than the picture's main grid", grid.map()));
		clone.ifPresent((c) -> maps.add(new ForensicMap("copy_move", 8,
				"keypoints of a region copied within the picture", cloneMap(c, image.width(), image.height()))));
		List<FaceRegion> faceRegions = new ArrayList<>();
		for (PixelRegion box : faceBoxes.get()) {
			faceRegions.add(describeFace(lumaRaster, box, doubleJpeg, noise));
		}
		long t = System.nanoTime();
		Optional<ReferenceMatch> source = references.isEmpty() ? Optional.empty()
				: ReferenceMatcher.bestReference(attributionFeatures.get(), referenceFeatures.get());
		t = lap(timings, "attribution", t);
		MapStatistics.Blob noiseBlob = MapStatistics.blob(noise.map(), NoiseResidualAnalysis.BLOCK_PX, image.width(),
				image.height());
		MapStatistics.Blob dqBlob = (doubleJpeg == null || !doubleJpeg.detected()) ? null
				: MapStatistics.blob(doubleJpeg.blockMap(), 8, image.width(), image.height());
		MapStatistics.Blob gridBlob = MapStatistics.blob(grid.map(), BlockingGridAnalysis.WINDOW_PX, image.width(),
				image.height());
		Observations observations = new Observations(image.width(), image.height(), jpeg, doubleJpeg, singleRegion,
				noise, noiseBlob, dqBlob, gridBlob, grid, this.faces != null, faceRegions, clone, source, references,
				metadata);
		VerdictFusion.Fused fused = VerdictFusion.fuse(observations);
		String hash = hashHolder.get();
		lap(timings, "fusion", t);
		timings.put("total", (System.nanoTime() - t0) / 1_000_000);
		SourceMatch sourceMatch = source
			.filter((m) -> fused.findings().stream().anyMatch((f) -> f.kind().equals("source_match")))
			.map((m) -> new SourceMatch(references.get(m.referenceIndex()).name(), m.inliers(), m.regionInImage(),
					m.regionInReference(), Math.round(m.confidence() * 1000) / 1000.0))
			.orElse(null);
		List<MapEntry> mapEntries = maps.stream().map((m) -> new MapEntry(m.kind(), null)).toList();
		ImageReport report = new ImageReport(options.id(), ImageReport.SCHEMA, EngineVersion.current(), sha256.get(),
				image.width(), image.height(), decoded.format().wireName(), fused.verdict(), fused.score(),
				List.copyOf(fused.findings()), mapEntries, sourceMatch, hash,
				java.util.Collections.unmodifiableMap(timings));
		return new ImageAnalysis(report, List.copyOf(maps), List.copyOf(faceRegions), metadata, jpeg, options, image);
	}

	private List<PixelRegion> detectFaces(RgbImage image, FloatRaster luma) {
		if (this.faces == null) {
			return List.of();
		}
		try {
			return this.faces.detect(image, luma);
		}
		catch (RuntimeException ex) {
			// Face search is an aid, not a gate: a failure there leaves the other
			// evidence.
			return List.of();
		}
	}

	private static List<FeatureSet> referenceFeatures(List<ReferencePhoto> references, ImageAnalysisOptions options) {
		List<FeatureSet> features = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			features.add(ReferenceMatcher.referenceFeatures(decodeReference(references.get(i), i, options).image()));
		}
		return features;
	}

	/**
	 * Runs the steps side by side on the common pool, the calling thread taking part; an
	 * exception or error of any step is thrown here.
	 */
	private static void inParallel(Runnable... steps) {
		java.util.Arrays.stream(steps).parallel().forEach(Runnable::run);
	}

	private static DecodedImage decodeReference(ReferencePhoto reference, int index, ImageAnalysisOptions options) {
		try {
			return ImageCodec.decode(reference.bytes(), options.limits());
		}
		catch (InputRejected ex) {
			throw new InputRejected("bad_reference", "Ảnh tham chiếu số " + (index + 1) + ": " + ex.messageVi(),
					"Reference photo " + (index + 1) + ": " + ex.messageEn());
		}
	}

	private static FaceRegion describeFace(FloatRaster luma, PixelRegion box, @Nullable DoubleCompressionEvidence dq,
			NoiseResidualAnalysis.Result noise) {
		double[] single = (dq == null) ? new double[] { Double.NaN, Double.NaN } : MapStatistics
			.insideAndRing(dq.blockMap(), box, dq.blockMap().width() * 8, dq.blockMap().height() * 8);
		double[] sigma = MapStatistics.insideAndRing(noise.sigma(), box,
				noise.sigma().width() * NoiseResidualAnalysis.BLOCK_PX,
				noise.sigma().height() * NoiseResidualAnalysis.BLOCK_PX);
		double ratio = Math.max(0.05, sigma[0]) / Math.max(0.05, sigma[1]);
		double[] band = MapStatistics.insideAndRing(noise.bandRatio(), box,
				noise.bandRatio().width() * NoiseResidualAnalysis.BLOCK_PX,
				noise.bandRatio().height() * NoiseResidualAnalysis.BLOCK_PX);
		double detail = Math.max(1e-3, band[0]) / Math.max(1e-3, band[1]);
		FaceSharpness.Comparison sharpness = FaceSharpness.compare(luma, box);
		return new FaceRegion(box, ReferenceMatcher.perceptualHash(luma, box), single[0], single[1], ratio, detail,
				sharpness.edgeLoss(), sharpness.flatLoss());
	}

	private static FloatRaster cloneMap(CloneEvidence c, int width, int height) {
		FloatRaster map = FloatRaster.zeros(Math.max(1, width / 8), Math.max(1, height / 8));
		for (int i = 0; i < c.sourceX().length; i++) {
			stamp(map, c.sourceX()[i] / 8, c.sourceY()[i] / 8);
			stamp(map, c.copyX()[i] / 8, c.copyY()[i] / 8);
		}
		return map;
	}

	private static void stamp(FloatRaster map, float cx, float cy) {
		for (int y = (int) cy - 2; y <= cy + 2; y++) {
			for (int x = (int) cx - 2; x <= cx + 2; x++) {
				if (x >= 0 && y >= 0 && x < map.width() && y < map.height()) {
					map.set(x, y, 1f);
				}
			}
		}
	}

	private static <T> T timed(Map<String, Long> timings, String step, java.util.function.Supplier<T> work) {
		long start = System.nanoTime();
		T result = work.get();
		synchronized (timings) {
			timings.put(step, (System.nanoTime() - start) / 1_000_000);
		}
		return result;
	}

	private static long lap(Map<String, Long> timings, String step, long since) {
		long now = System.nanoTime();
		synchronized (timings) {
			timings.put(step, (now - since) / 1_000_000);
		}
		return now;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
