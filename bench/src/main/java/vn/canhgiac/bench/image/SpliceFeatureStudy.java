package vn.canhgiac.bench.image;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import vn.canhgiac.engine.forensics.FaceRegion;
import vn.canhgiac.engine.forensics.ForensicMap;
import vn.canhgiac.engine.forensics.ImageAnalysis;
import vn.canhgiac.engine.forensics.ImageAnalysisOptions;
import vn.canhgiac.engine.forensics.ImageForensics;
import vn.canhgiac.engine.image.FloatRaster;
import vn.canhgiac.engine.image.GrayImages;

/**
 * Per-feature ROC AUC on generated splices, by save chain — for choosing which evidence
 * the fusion should weigh, not for reporting accuracy.
 */
public final class SpliceFeatureStudy {

	private SpliceFeatureStudy() {
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
		Map<String, Map<String, List<double[]>>> byChain = new LinkedHashMap<>();
		for (Path host : cameras.subList(0, Integer.getInteger("bench.hosts", 20))) {
			BufferedImage hostImage = SpliceFactory.copy(ImageIO.read(host.toFile()));
			for (SpliceFactory.Chain chain : SpliceFactory.Chain.values()) {
				BufferedImage donor = ImageIO.read(donors.get(random.nextInt(donors.size())).toFile());
				SpliceFactory.Splice splice = SpliceFactory.paste(hostImage, donor, random);
				long seed = random.nextLong();
				for (boolean forged : new boolean[] { true, false }) {
					byte[] bytes = SpliceFactory.applyChain(forged ? splice.picture() : hostImage, chain,
							new Random(seed));
					ImageAnalysis a = forensics.analyze(bytes, List.of(), ImageAnalysisOptions.defaults("d"));
					Map<String, Double> f = features(a);
					if (forged) {
						double scale = (double) a.report().width() / hostImage.getWidth();
						vn.canhgiac.engine.image.PixelRegion truth = new vn.canhgiac.engine.image.PixelRegion(
								(int) (splice.x() * scale), (int) (splice.y() * scale), (int) (splice.width() * scale),
								(int) (splice.height() * scale));
						boolean hit = a.faces().stream().anyMatch((face) -> face.box().overlap(truth) > 0.2);
						if (System.getProperty("bench.dump") != null) {
							Files.write(Path.of(System.getProperty("bench.dump"),
									chain + "-" + host.getFileName().toString().replace(' ', '_')), bytes);
						}
						System.out.printf(Locale.ROOT, "face %s %s %dpx %s%n", hit ? "HIT " : "MISS", chain,
								truth.width(), host.getFileName());
					}
					Map<String, List<double[]>> table = byChain.computeIfAbsent(chain.name(),
							(c) -> new LinkedHashMap<>());
					Map<String, List<double[]>> all = byChain.computeIfAbsent("ALL", (c) -> new LinkedHashMap<>());
					for (Map.Entry<String, Double> e : f.entrySet()) {
						table.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>())
							.add(new double[] { e.getValue(), forged ? 1 : 0 });
						all.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>())
							.add(new double[] { e.getValue(), forged ? 1 : 0 });
					}
					if (Boolean.getBoolean("bench.verbose")) {
						System.out.printf(Locale.ROOT, "%-26.26s %-17s %s %s%n", host.getFileName(), chain,
								forged ? "F" : "t",
								f + " " + a.report()
									.findings()
									.stream()
									.filter((x) -> !x.severity().equals("info"))
									.map((x) -> x.kind())
									.toList());
					}
				}
			}
		}
		for (Map.Entry<String, Map<String, List<double[]>>> chain : byChain.entrySet()) {
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s", chain.getKey()));
			for (Map.Entry<String, List<double[]>> e : chain.getValue().entrySet()) {
				line.append(
						String.format(Locale.ROOT, " %s=%.2f", e.getKey(), ImageForensicsBenchmark.auc(e.getValue())));
			}
			System.out.println(line);
		}
	}

	static Map<String, Double> features(ImageAnalysis a) {
		Map<String, Double> f = new LinkedHashMap<>();
		int w = a.report().width();
		int h = a.report().height();
		f.put("score", a.report().score());
		for (String kind : List.of("double_jpeg", "noise", "ela", "blocking_grid")) {
			f.put(kind, a.map(kind).map((m) -> blobZ(m.raster(), m.cellPx(), w, h)).orElse(0.0));
		}
		FloatRaster luma = GrayImages.luma(a.image());
		FloatRaster[] bands = bands(luma, 16);
		f.put("smooth16", blobZ(directional(bands[2], true), 16, w, h));
		f.put("sharp16", blobZ(directional(bands[2], false), 16, w, h));
		f.put("quiet16", blobZ(directional(bands[0], true), 16, w, h));
		double faceDetail = 0;
		double faceDq = 0;
		double faceNoise = 0;
		for (FaceRegion face : a.faces()) {
			faceDetail = Math.max(faceDetail, -Math.log(Math.max(1e-3, face.fineDetailRatio())));
			faceNoise = Math.max(faceNoise, Math.abs(Math.log(Math.max(1e-3, face.noiseRatio()))));
			if (!Double.isNaN(face.singleCompressionInside())) {
				faceDq = Math.max(faceDq, face.singleCompressionInside() - face.singleCompressionRing());
			}
		}
		double edge = 0;
		double flat = 0;
		for (FaceRegion face : a.faces()) {
			edge = Math.max(edge, face.edgeSharpnessLoss());
			flat = Math.max(flat, face.flatDetailLoss());
		}
		f.put("faceEdge", edge);
		f.put("faceFlat", flat);
		f.put("faceDetail", faceDetail);
		f.put("faceNoise", faceNoise);
		f.put("faceDq", faceDq);
		f.put("faces", (double) a.faces().size());
		return f;
	}

	/** {sigma fine, sigma coarse, fine/coarse} per block. */
	static FloatRaster[] bands(FloatRaster luma, int block) {
		int bw = Math.max(1, luma.width() / block);
		int bh = Math.max(1, luma.height() / block);
		FloatRaster s1 = FloatRaster.zeros(bw, bh);
		FloatRaster s2 = FloatRaster.zeros(bw, bh);
		FloatRaster r = FloatRaster.zeros(bw, bh);
		float[] v = luma.values();
		int width = luma.width();
		float[] fine = new float[(block / 2) * (block / 2)];
		float[] coarse = new float[(block / 4) * (block / 4)];
		for (int by = 0; by < bh; by++) {
			for (int bx = 0; bx < bw; bx++) {
				int n = 0;
				for (int y = by * block; y < by * block + block; y += 2) {
					for (int x = bx * block; x < bx * block + block; x += 2) {
						int i = y * width + x;
						fine[n++] = Math.abs(v[i] - v[i + 1] - v[i + width] + v[i + width + 1]) / 2;
					}
				}
				int m = 0;
				for (int y = by * block; y < by * block + block; y += 4) {
					for (int x = bx * block; x < bx * block + block; x += 4) {
						float a = 0;
						float b = 0;
						float c = 0;
						float d = 0;
						for (int dy = 0; dy < 2; dy++) {
							for (int dx = 0; dx < 2; dx++) {
								a += v[(y + dy) * width + x + dx];
								b += v[(y + dy) * width + x + 2 + dx];
								c += v[(y + 2 + dy) * width + x + dx];
								d += v[(y + 2 + dy) * width + x + 2 + dx];
							}
						}
						coarse[m++] = Math.abs(a - b - c + d) / 8;
					}
				}
				float f1 = median(fine, n) / 0.6745f;
				float f2 = median(coarse, m) / 0.6745f;
				s1.set(bx, by, f1);
				s2.set(bx, by, f2);
				r.set(bx, by, (f1 + 0.05f) / (f2 + 0.05f));
			}
		}
		return new FloatRaster[] { s1, s2, r };
	}

	static FloatRaster directional(FloatRaster raster, boolean lower) {
		float median = percentile(raster.values(), 0.5);
		float[] out = new float[raster.values().length];
		for (int i = 0; i < out.length; i++) {
			double l = Math.log(Math.max(1e-3, raster.values()[i]) / Math.max(1e-3, median)) / Math.log(2);
			out[i] = (float) Math.max(0, lower ? -l : l);
		}
		return new FloatRaster(raster.width(), raster.height(), out);
	}

	static double blobZ(FloatRaster map, int cellPx, int imageWidth, int imageHeight) {
		int radius = Math.max(1, (int) Math.round(0.05 * Math.min(imageWidth, imageHeight) / cellPx));
		FloatRaster smooth = GrayImages.boxBlur(map, radius);
		float[] v = smooth.values();
		float median = percentile(v, 0.5);
		float[] deviation = new float[v.length];
		float peak = -Float.MAX_VALUE;
		for (int i = 0; i < v.length; i++) {
			deviation[i] = Math.abs(v[i] - median);
			peak = Math.max(peak, v[i]);
		}
		double mad = Math.max(0.03, 1.4826 * percentile(deviation, 0.5));
		return (peak - median) / mad;
	}

	static float percentile(float[] values, double q) {
		float[] copy = values.clone();
		java.util.Arrays.sort(copy);
		return copy[(int) Math.min(copy.length - 1, Math.max(0, Math.round(q * (copy.length - 1))))];
	}

	private static float median(float[] values, int n) {
		float[] copy = java.util.Arrays.copyOf(values, n);
		java.util.Arrays.sort(copy);
		return copy[n / 2];
	}

}
