package vn.canhgiac.bench.image;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import vn.canhgiac.engine.image.DecodeLimits;
import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.match.FeatureSet;
import vn.canhgiac.engine.match.ReferenceMatcher;

/**
 * Replays the splices of {@link ImageForensicsBenchmark} (same seed, same hosts) and
 * prints, per splice, what attribution sees: keypoints on the pasted face, ratio-test
 * matches to the true donor and how many of them agree with the known paste transform,
 * and the inliers found for every donor — for understanding attribution failures.
 */
public final class AttributionDiagnostics {

	private AttributionDiagnostics() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(System.getProperty("bench.data", "/work/shared/data/forensics"));
		List<Path> cameras;
		try (Stream<Path> s = Files.list(data.resolve("camera"))) {
			cameras = new ArrayList<>(
					s.filter((p) -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jpg"))
						.sorted()
						.toList());
		}
		List<Path> donors;
		try (Stream<Path> s = Files.list(data.resolve("faces/crop_224"))) {
			donors = s.filter((p) -> p.toString().endsWith(".jpg")).sorted().toList();
		}
		List<BufferedImage> donorImages = new ArrayList<>();
		List<FeatureSet> donorFeatures = new ArrayList<>();
		for (Path d : donors) {
			BufferedImage img = ImageIO.read(d.toFile());
			donorImages.add(img);
			donorFeatures.add(ReferenceMatcher.referenceFeatures(ImageCodec.toRgb(img)));
		}
		long seed = Long.getLong("bench.seed", 2026L);
		Random random = new Random(seed);
		Collections.shuffle(cameras, random);
		for (Path host : cameras.subList(0, Math.min(cameras.size(), Integer.getInteger("bench.hosts", 20)))) {
			BufferedImage hostImage = SpliceFactory.copy(ImageIO.read(host.toFile()));
			for (SpliceFactory.Chain chain : SpliceFactory.Chain.values()) {
				int donor = random.nextInt(donorImages.size());
				SpliceFactory.Splice splice = SpliceFactory.paste(hostImage, donorImages.get(donor), random);
				long chainSeed = random.nextLong();
				byte[] bytes = SpliceFactory.applyChain(splice.picture(), chain, new Random(chainSeed));
				List<Integer> refs = new ArrayList<>();
				refs.add(donor);
				while (refs.size() < 5) {
					int r = random.nextInt(donorImages.size());
					if (!refs.contains(r)) {
						refs.add(r);
					}
				}
				Collections.shuffle(refs, random);
				RgbImage picture = ImageCodec.decode(bytes, DecodeLimits.DEFAULT).image();
				// Known transform reference -> picture.
				double f = 1;
				double ox = 0;
				double oy = 0;
				if (chain == SpliceFactory.Chain.MESSENGER) {
					f = (double) picture.width() / hostImage.getWidth();
				}
				else if (chain == SpliceFactory.Chain.MISALIGNED_DOUBLE) {
					Random cr = new Random(chainSeed);
					cr.nextInt(11);
					ox = 1 + cr.nextInt(7);
					oy = 1 + cr.nextInt(7);
				}
				double s = (double) splice.width() / donorImages.get(donor).getWidth() * f;
				double tx = splice.x() * f - ox;
				double ty = splice.y() * f - oy;
				long t0 = System.nanoTime();
				FeatureSet pf = ReferenceMatcher.attributionFeatures(picture);
				long t1 = System.nanoTime();
				int onFace = 0;
				for (int j = 0; j < pf.count(); j++) {
					double rx = (pf.x()[j] - tx) / s;
					double ry = (pf.y()[j] - ty) / s;
					if (insideFace(rx, ry)) {
						onFace++;
					}
				}
				FeatureSet ref = donorFeatures.get(donor);
				int putative = 0;
				int correct = 0;
				int correctAny = 0;
				for (int i = 0; i < ref.count(); i++) {
					int best = Integer.MAX_VALUE;
					int second = Integer.MAX_VALUE;
					int bestJ = -1;
					for (int j = 0; j < pf.count(); j++) {
						int d = 0;
						for (int k = 0; k < 4; k++) {
							d += Long.bitCount(ref.descriptors()[i * 4 + k] ^ pf.descriptors()[j * 4 + k]);
						}
						if (d < best) {
							second = best;
							best = d;
							bestJ = j;
						}
						else if (d < second) {
							second = d;
						}
					}
					double ex = ref.x()[i] * s + tx - pf.x()[bestJ];
					double ey = ref.y()[i] * s + ty - pf.y()[bestJ];
					boolean ok = Math.hypot(ex, ey) < Math.max(3, 3 / pf.scale()[bestJ]);
					correctAny += ok ? 1 : 0;
					if (best <= 80 && best < 0.8 * second) {
						putative++;
						correct += ok ? 1 : 0;
					}
				}
				StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
						"%-22.22s %-17s %4dx%-4d face=%3dpx s=%.2f kp=%d onFace=%d nn-correct=%d putative=%d correct=%d %.0fms |",
						host.getFileName(), chain, picture.width(), picture.height(), (int) Math.round(224 * s), s,
						pf.count(), onFace, correctAny, putative, correct, (t1 - t0) / 1e6));
				for (int r = 0; r < donorFeatures.size(); r++) {
					var m = ReferenceMatcher.bestReference(pf, List.of(donorFeatures.get(r)));
					int inliers = m.map((x) -> x.inliers()).orElse(0);
					line.append(r == donor ? " [" + inliers + "]" : " " + inliers);
					if (r != donor && m.isPresent()) {
						line.append(String.format(Locale.ROOT, "(s%.2f r%.0f %s)", m.get().scale(),
								m.get().rotationDegrees(), m.get().regionInReference()));
					}
				}
				System.out.println(line);
			}
		}
	}

	private static boolean insideFace(double x, double y) {
		double dx = (x - 112) / (224 * 0.36);
		double dy = (y - 224 * 0.53) / (224 * 0.44);
		return dx * dx + dy * dy < 1;
	}

}
