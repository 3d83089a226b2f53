package vn.canhgiac.bench.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import vn.canhgiac.engine.image.DecodeLimits;
import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.PixelRegion;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.forensics.ImageAnalysisOptions;
import vn.canhgiac.engine.forensics.ImageForensics;
import vn.canhgiac.engine.forensics.ImageReport;
import vn.canhgiac.engine.match.FeatureSet;
import vn.canhgiac.engine.match.ReferenceMatch;
import vn.canhgiac.engine.match.ReferenceMatcher;

/**
 * Accuracy and speed of {@link ImageForensics} on composites generated from
 * ../shared/data/forensics (see {@link SpliceFactory}). Prints image-level ROC AUC,
 * "manipulated" rates, attribution top-1 among 5 references, copy-move results on the
 * NoSo set, and the 12 MP timing against a bare ImageIO decode.
 *
 * <p>
 * System properties: {@code bench.data} (default /work/shared/data/forensics),
 * {@code bench.hosts} (camera photos used as hosts, default 20, seeded choice),
 * {@code bench.seed} (default 2026), {@code bench.parts} (comma list of
 * splices,pristine,copymove,timing; default all), {@code bench.attributionOnly} (true:
 * the splices part skips the forensic analysis and measures attribution only; default
 * false).
 */
public final class ImageForensicsBenchmark {

	private ImageForensicsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(System.getProperty("bench.data", "/work/shared/data/forensics"));
		int hostCount = Integer.getInteger("bench.hosts", 20);
		long seed = Long.getLong("bench.seed", 2026L);
		ImageForensics forensics = new ImageForensics();
		System.out.printf(Locale.ROOT, "face detector available: %s%n", forensics.faceDetectorAvailable());
		List<Path> cameras = list(data.resolve("camera"), ".jpg");
		List<Path> donors = list(data.resolve("faces/crop_224"), ".jpg");
		List<String> parts = List.of(System.getProperty("bench.parts", "splices,pristine,copymove,timing").split(","));
		long t0 = System.nanoTime();
		if (parts.contains("splices")) {
			splices(forensics, cameras, donors, hostCount, seed);
		}
		if (parts.contains("pristine")) {
			pristine(forensics, cameras);
		}
		if (parts.contains("copymove")) {
			copyMove(forensics, data.resolve("copymove"));
		}
		if (parts.contains("timing")) {
			timing(forensics, cameras);
		}
		System.out.printf(Locale.ROOT, "benchmark wall time: %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
	}

	private static void splices(ImageForensics forensics, List<Path> cameras, List<Path> donors, int hostCount,
			long seed) throws IOException {
		Random random = new Random(seed);
		List<Path> hosts = new ArrayList<>(cameras);
		Collections.shuffle(hosts, random);
		hosts = hosts.subList(0, Math.min(hostCount, hosts.size()));
		List<BufferedImage> donorImages = new ArrayList<>();
		List<FeatureSet> donorFeatures = new ArrayList<>();
		for (Path d : donors) {
			BufferedImage img = ImageIO.read(d.toFile());
			donorImages.add(img);
			donorFeatures.add(ReferenceMatcher.referenceFeatures(ImageCodec.toRgb(img)));
		}
		Map<SpliceFactory.Chain, List<double[]>> scores = new EnumMap<>(SpliceFactory.Chain.class);
		Map<SpliceFactory.Chain, int[]> manipulated = new EnumMap<>(SpliceFactory.Chain.class);
		int attributionHits = 0;
		int attributionTrials = 0;
		int localised = 0;
		int forgedCalled = 0;
		boolean attributionOnly = Boolean.getBoolean("bench.attributionOnly");
		// Reference sets without the donor come from their own generator so that the
		// splices themselves stay the same as without this check.
		Random noDonorRandom = new Random(seed ^ 0x5EED5L);
		int noDonorAnswers = 0;
		int noDonorTrials = 0;
		long attributionNanos = 0;
		long attributionCpuNanos = 0;
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (Path host : hosts) {
			BufferedImage hostImage = SpliceFactory.copy(ImageIO.read(host.toFile()));
			for (SpliceFactory.Chain chain : SpliceFactory.Chain.values()) {
				int donorIndex = random.nextInt(donorImages.size());
				SpliceFactory.Splice splice = SpliceFactory.paste(hostImage, donorImages.get(donorIndex), random);
				long chainSeed = random.nextLong();
				byte[] forged = SpliceFactory.applyChain(splice.picture(), chain, new Random(chainSeed));
				if (!attributionOnly) {
					byte[] twin = SpliceFactory.applyChain(hostImage, chain, new Random(chainSeed));
					ImageReport f = forensics.analyze(forged, ImageAnalysisOptions.defaults("forged"));
					ImageReport a = forensics.analyze(twin, ImageAnalysisOptions.defaults("twin"));
					scores.computeIfAbsent(chain, (c) -> new ArrayList<>()).add(new double[] { f.score(), 1 });
					scores.get(chain).add(new double[] { a.score(), 0 });
					int[] counts = manipulated.computeIfAbsent(chain, (c) -> new int[3]);
					counts[0] += f.verdict().equals(ImageReport.MANIPULATED) ? 1 : 0;
					counts[1] += a.verdict().equals(ImageReport.MANIPULATED) ? 1 : 0;
					if (a.verdict().equals(ImageReport.MANIPULATED)) {
						System.out
							.println("  twin called manipulated: " + host.getFileName() + " " + chain + " " + kinds(a));
					}
					counts[2]++;
					if (f.verdict().equals(ImageReport.MANIPULATED)) {
						forgedCalled++;
						double scale = (double) f.width() / hostImage.getWidth();
						PixelRegion truth = new PixelRegion((int) (splice.x() * scale), (int) (splice.y() * scale),
								(int) (splice.width() * scale), (int) (splice.height() * scale));
						if (f.findings()
							.stream()
							.anyMatch((x) -> x.region() != null && !x.severity().equals("info")
									&& x.region().overlap(truth) > 0.1)) {
							localised++;
						}
					}
				}
				// Attribution: the true donor among 5 references (4 others chosen at
				// random).
				List<Integer> refs = new ArrayList<>();
				refs.add(donorIndex);
				while (refs.size() < 5) {
					int r = random.nextInt(donorImages.size());
					if (!refs.contains(r)) {
						refs.add(r);
					}
				}
				Collections.shuffle(refs, random);
				RgbImage picture = ImageCodec.decode(forged, DecodeLimits.DEFAULT).image();
				long ta = System.nanoTime();
				long ca = threads.getCurrentThreadCpuTime();
				FeatureSet pictureFeatures = ReferenceMatcher.attributionFeatures(picture);
				Optional<ReferenceMatch> match = ReferenceMatcher.bestReference(pictureFeatures,
						refs.stream().map(donorFeatures::get).toList());
				attributionNanos += System.nanoTime() - ta;
				attributionCpuNanos += threads.getCurrentThreadCpuTime() - ca;
				attributionTrials++;
				// The same picture against 5 references that do not include the donor:
				// any
				// answer is a false attribution.
				List<Integer> others = new ArrayList<>();
				while (others.size() < Math.min(5, donorImages.size() - 1)) {
					int r = noDonorRandom.nextInt(donorImages.size());
					if (r != donorIndex && !others.contains(r)) {
						others.add(r);
					}
				}
				Optional<ReferenceMatch> wrong = ReferenceMatcher.bestReference(pictureFeatures,
						others.stream().map(donorFeatures::get).toList());
				noDonorTrials++;
				if (wrong.isPresent()) {
					noDonorAnswers++;
					System.out.printf(Locale.ROOT, "  false attribution without the donor: %s %s, %d inliers%n",
							host.getFileName(), chain, wrong.get().inliers());
				}
				if (match.isPresent() && refs.get(match.get().referenceIndex()) == donorIndex) {
					attributionHits++;
				}
				else {
					System.out.printf(Locale.ROOT, "  attribution miss: %s %s face %d px, best %s%n",
							host.getFileName(), chain, splice.width() * picture.width() / hostImage.getWidth(),
							match.map((m) -> m.inliers() + " inliers on a wrong reference").orElse("none"));
				}
			}
			System.out.printf(Locale.ROOT, "  host %s done%n", host.getFileName());
		}
		System.out.println();
		if (!attributionOnly) {
			summary(scores, manipulated, hosts.size(), localised, forgedCalled);
		}
		System.out.printf(Locale.ROOT, "  attribution top-1 (true donor among 5 references): %d/%d = %.1f %%%n",
				attributionHits, attributionTrials, 100.0 * attributionHits / attributionTrials);
		System.out.printf(Locale.ROOT,
				"  attribution without the donor (5 other references): answered %d/%d = %.1f %%%n", noDonorAnswers,
				noDonorTrials, 100.0 * noDonorAnswers / noDonorTrials);
		System.out.printf(Locale.ROOT,
				"  attribution time per picture (keypoints + 5 references, one thread): %.0f ms wall, %.0f ms CPU%n",
				attributionNanos / 1e6 / attributionTrials, attributionCpuNanos / 1e6 / attributionTrials);
	}

	private static void summary(Map<SpliceFactory.Chain, List<double[]>> scores,
			Map<SpliceFactory.Chain, int[]> manipulated, int hostCount, int localised, int forgedCalled) {
		List<double[]> all = new ArrayList<>();
		System.out.println("== Face splices (" + hostCount + " hosts × 3 chains, forged + authentic twin each)");
		for (SpliceFactory.Chain chain : SpliceFactory.Chain.values()) {
			List<double[]> s = scores.get(chain);
			all.addAll(s);
			int[] c = manipulated.get(chain);
			System.out.printf(Locale.ROOT,
					"  %-18s AUC %.3f  manipulated: forged %d/%d (%.0f %%), twins %d/%d (%.1f %%)%n", chain, auc(s),
					c[0], c[2], 100.0 * c[0] / c[2], c[1], c[2], 100.0 * c[1] / c[2]);
		}
		System.out.printf(Locale.ROOT, "  ALL                AUC %.3f%n", auc(all));
		System.out.printf(Locale.ROOT, "  forged called manipulated with a finding region on the pasted face: %d/%d%n",
				localised, forgedCalled);
	}

	private static void pristine(ImageForensics forensics, List<Path> cameras) throws IOException {
		int manipulated = 0;
		int inconclusive = 0;
		for (Path p : cameras) {
			ImageReport r = forensics.analyze(Files.readAllBytes(p), ImageAnalysisOptions.defaults(p.toString()));
			if (r.verdict().equals(ImageReport.MANIPULATED)) {
				manipulated++;
				System.out.println("  pristine called manipulated: " + p.getFileName() + " " + kinds(r));
			}
			else if (r.verdict().equals(ImageReport.INCONCLUSIVE)) {
				inconclusive++;
				System.out.println("  pristine inconclusive: " + p.getFileName() + " " + kinds(r));
			}
		}
		System.out.printf(Locale.ROOT, "== Pristine camera JPEGs: manipulated %d/%d (%.1f %%), inconclusive %d%n",
				manipulated, cameras.size(), 100.0 * manipulated / cameras.size(), inconclusive);
	}

	private static void copyMove(ImageForensics forensics, Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return;
		}
		int forgeries = 0;
		int detected = 0;
		int originals = 0;
		int falseAlarms = 0;
		for (Path p : list(dir, ".png")) {
			String name = p.getFileName().toString();
			if (name.endsWith("_gt.png")) {
				continue;
			}
			ImageReport r = forensics.analyze(Files.readAllBytes(p), ImageAnalysisOptions.defaults(name));
			boolean found = r.findings().stream().anyMatch((f) -> f.kind().equals("copy_move"));
			if (name.contains("_mod")) {
				forgeries++;
				detected += found ? 1 : 0;
			}
			else {
				originals++;
				falseAlarms += found ? 1 : 0;
				if (found) {
					System.out.println("  copy-move false alarm: " + name);
				}
			}
		}
		System.out.printf(Locale.ROOT, "== Copy-move (NoSo): detected %d/%d forgeries, false alarms %d/%d originals%n",
				detected, forgeries, falseAlarms, originals);
	}

	private static void timing(ImageForensics forensics, List<Path> cameras) throws IOException {
		Path largest = cameras.stream().max((a, b) -> Long.compare(size(a), size(b))).orElseThrow();
		BufferedImage src = ImageIO.read(largest.toFile());
		byte[] twelve = SpliceFactory.jpeg(SpliceFactory.resize(src, 4000, 3000), 90);
		long[] full = new long[7];
		long[] decode = new long[7];
		for (int i = -2; i < 7; i++) {
			long t0 = System.nanoTime();
			ImageIO.read(new ByteArrayInputStream(twelve));
			long t1 = System.nanoTime();
			forensics.analyze(twelve, ImageAnalysisOptions.defaults("timing"));
			long t2 = System.nanoTime();
			if (i >= 0) {
				decode[i] = t1 - t0;
				full[i] = t2 - t1;
			}
		}
		Arrays.sort(full);
		Arrays.sort(decode);
		ImageReport r = forensics.analyze(twelve, ImageAnalysisOptions.defaults("timing"));
		System.out.printf(Locale.ROOT,
				"== 12 MP JPEG (4000×3000 q90, from %s): full pipeline median %d ms, bare ImageIO decode %d ms, ratio %.1f×%n",
				largest.getFileName(), full[3] / 1_000_000, decode[3] / 1_000_000, (double) full[3] / decode[3]);
		System.out.println("   last run steps (ms): " + r.timingsMs());
	}

	private static String kinds(ImageReport r) {
		return r.score() + " "
				+ r.findings().stream().filter((f) -> !f.severity().equals("info")).map((f) -> f.kind()).toList();
	}

	/** Mann–Whitney estimate of the ROC AUC; ties count half. */
	static double auc(List<double[]> scored) {
		double sum = 0;
		int pos = 0;
		int neg = 0;
		for (double[] p : scored) {
			if (p[1] == 1) {
				pos++;
				for (double[] n : scored) {
					if (n[1] == 0) {
						sum += (p[0] > n[0]) ? 1 : (p[0] == n[0]) ? 0.5 : 0;
					}
				}
			}
			else {
				neg++;
			}
		}
		return (pos == 0 || neg == 0) ? Double.NaN : sum / ((double) pos * neg);
	}

	private static long size(Path p) {
		try {
			return Files.size(p);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static List<Path> list(Path dir, String suffix) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter((p) -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
				.sorted()
				.toList();
		}
	}

}
