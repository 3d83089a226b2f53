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

import vn.canhgiac.engine.forensics.ForensicMap;
import vn.canhgiac.engine.forensics.ImageAnalysis;
import vn.canhgiac.engine.forensics.ImageAnalysisOptions;
import vn.canhgiac.engine.forensics.ImageForensics;

/**
 * Prints, per generated splice, what each detector sees inside the pasted region versus
 * around it — for understanding failures, not for reporting accuracy.
 */
public final class SpliceDiagnostics {

	private SpliceDiagnostics() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(System.getProperty("bench.data", "/work/shared/data/forensics"));
		ImageForensics forensics = new ImageForensics();
		List<Path> cameras;
		try (Stream<Path> s = Files.list(data.resolve("camera"))) {
			cameras = new ArrayList<>(s.filter((p) -> p.toString().endsWith(".jpg")).sorted().toList());
		}
		List<Path> donors;
		try (Stream<Path> s = Files.list(data.resolve("faces/crop_224"))) {
			donors = s.sorted().toList();
		}
		Random random = new Random(Long.getLong("bench.seed", 7L));
		Collections.shuffle(cameras, random);
		for (Path host : cameras.subList(0, Integer.getInteger("bench.hosts", 4))) {
			BufferedImage hostImage = SpliceFactory.copy(ImageIO.read(host.toFile()));
			for (SpliceFactory.Chain chain : SpliceFactory.Chain.values()) {
				BufferedImage donor = ImageIO.read(donors.get(random.nextInt(donors.size())).toFile());
				SpliceFactory.Splice splice = SpliceFactory.paste(hostImage, donor, random);
				long seed = random.nextLong();
				for (boolean forged : new boolean[] { true, false }) {
					byte[] bytes = SpliceFactory.applyChain(forged ? splice.picture() : hostImage, chain,
							new Random(seed));
					ImageAnalysis a = forensics.analyze(bytes, List.of(), ImageAnalysisOptions.defaults("d"));
					double scale = (double) a.report().width() / hostImage.getWidth();
					StringBuilder line = new StringBuilder(
							String.format(Locale.ROOT, "%-28.28s %-17s %s q=%d score=%.2f", host.getFileName(), chain,
									forged ? "FORGED" : "twin  ", a.jpeg() == null ? -1 : a.jpeg().lumaQualityPercent(),
									a.report().score()));
					for (ForensicMap m : a.maps()) {
						double[] io = inOut(m, (int) (splice.x() * scale), (int) (splice.y() * scale),
								(int) (splice.width() * scale), (int) (splice.height() * scale));
						line.append(String.format(Locale.ROOT, " %s=%.2f/%.2f", m.kind(), io[0], io[1]));
					}
					line.append(" faces=").append(a.faces().size());
					a.faces()
						.forEach((f) -> line
							.append(String.format(Locale.ROOT, " [n%.2f d%.2f s%.2f/%.2f]", f.noiseRatio(),
									f.fineDetailRatio(), f.singleCompressionInside(), f.singleCompressionRing())));
					line.append(" ")
						.append(a.report()
							.findings()
							.stream()
							.filter((f) -> !f.severity().equals("info"))
							.map((f) -> f.kind())
							.toList());
					System.out.println(line);
				}
			}
		}
	}

	/**
	 * Mean map value in the central half of the pasted box vs the rest of the picture.
	 */
	private static double[] inOut(ForensicMap m, int x, int y, int w, int h) {
		int cell = m.cellPx();
		double in = 0;
		int nIn = 0;
		double out = 0;
		int nOut = 0;
		for (int cy = 0; cy < m.raster().height(); cy++) {
			for (int cx = 0; cx < m.raster().width(); cx++) {
				double px = (cx + 0.5) * cell;
				double py = (cy + 0.5) * cell;
				boolean inside = px > x + w * 0.25 && px < x + w * 0.75 && py > y + h * 0.25 && py < y + h * 0.75;
				if (inside) {
					in += m.raster().at(cx, cy);
					nIn++;
				}
				else {
					out += m.raster().at(cx, cy);
					nOut++;
				}
			}
		}
		return new double[] { nIn == 0 ? Double.NaN : in / nIn, out / Math.max(1, nOut) };
	}

}
