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
 * {@code bench.seed} (default 2026).
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
		splices(forensics, cameras, donors, hostCount, seed);
		pristine(forensics, cameras);
		copyMove(forensics, data.resolve("copymove"));
		timing(forensics, cameras);
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
			donorFeatures.add(ReferenceMatcher.features(ImageCodec.toRgb(img), 800, 600));
		}
		Map<SpliceFactory.Chain, List<double[]>> scores = new EnumMap<>(SpliceFactory.Chain.class);
		Map<SpliceFactory.Chain, int[]> manipulated = new EnumMap<>(SpliceFactory.Chain.class);
		int attributionHits = 0;
		int attributionTrials = 0;
		int localised = 0;
		int forgedCalled = 0;
		for (Path host : hosts) {
			BufferedImage hostImage = SpliceFactory.copy(ImageIO.read(host.toFile()));
			for (SpliceFactory.Chain chain : SpliceFactory.Chain.values()) {
				int donorIndex = random.nextInt(donorImages.size());
				SpliceFactory.Splice splice = SpliceFactory.paste(hostImage, donorImages.get(donorIndex), random);
				long chainSeed = random.nextLong();
				byte[] forged = SpliceFactory.applyChain(splice.picture(), chain, new Random(chainSeed));
				byte[] twin = SpliceFactory.applyChain(hostImage, chain, new Random(chainSeed));
				ImageReport f = forensics.analyze(forged, ImageAnalysisOptions.defaults("forged"));
				ImageReport a = forensics.analyze(twin, ImageAnalysisOptions.defaults("twin"));
				scores.computeIfAbsent(chain, (c) -> new ArrayList<>()).add(new double[] { f.score(), 1 });
				scores.get(chain).add(new double[] { a.score(), 0 });
				int[] counts = manipulated.computeIfAbsent(chain, (c) -> new int[3]);
				counts[0] += f.verdict().equals(ImageReport.MANIPULATED) ? 1 : 0;
				counts[1] += a.verdict().equals(ImageReport.MANIPULATED) ? 1 : 0;
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
				Optional<ReferenceMatch> match = ReferenceMatcher.bestReference(
						ReferenceMatcher.features(picture, 1600, 3000), picture.width(), picture.height(),
						refs.stream().map(donorFeatures::get).toList());
				attributionTrials++;
				if (match.isPresent() && refs.get(match.get().referenceIndex()) == donorIndex) {
					attributionHits++;
				}
			}
			System.out.printf(Locale.ROOT, "  host %s done%n", host.getFileName());
		}
		List<double[]> all = new ArrayList<>();
		System.out.println();
		System.out.println("== Face splices (" + hosts.size() + " hosts × 3 chains, forged + authentic twin each)");
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
		System.out.printf(Locale.ROOT, "  attribution top-1 (true donor among 5 references): %d/%d = %.1f %%%n",
				attributionHits, attributionTrials, 100.0 * attributionHits / attributionTrials);
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
