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
 * Prints, per generated splice, the inliers found for the true donor and for each other
 * donor — for understanding attribution failures.
 */
public final class AttributionDiagnostics {

	private AttributionDiagnostics() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(System.getProperty("bench.data", "/work/shared/data/forensics"));
		List<Path> cameras;
		try (Stream<Path> s = Files.list(data.resolve("camera"))) {
			cameras = new ArrayList<>(s.filter((p) -> p.toString().endsWith(".jpg")).sorted().toList());
		}
		List<Path> donors;
		try (Stream<Path> s = Files.list(data.resolve("faces/crop_224"))) {
			donors = s.sorted().toList();
		}
		List<BufferedImage> donorImages = new ArrayList<>();
		List<FeatureSet> donorFeatures = new ArrayList<>();
		for (Path d : donors) {
			BufferedImage img = ImageIO.read(d.toFile());
			donorImages.add(img);
			donorFeatures.add(ReferenceMatcher.referenceFeatures(ImageCodec.toRgb(img)));
		}
		Random random = new Random(Long.getLong("bench.seed", 11L));
		Collections.shuffle(cameras, random);
		for (Path host : cameras.subList(0, Integer.getInteger("bench.hosts", 8))) {
			BufferedImage hostImage = SpliceFactory.copy(ImageIO.read(host.toFile()));
			for (SpliceFactory.Chain chain : SpliceFactory.Chain.values()) {
				int donor = random.nextInt(donorImages.size());
				SpliceFactory.Splice splice = SpliceFactory.paste(hostImage, donorImages.get(donor), random);
				byte[] bytes = SpliceFactory.applyChain(splice.picture(), chain, new Random(random.nextLong()));
				RgbImage picture = ImageCodec.decode(bytes, DecodeLimits.DEFAULT).image();
				FeatureSet f = ReferenceMatcher.features(picture, 1600, 3000);
				StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24.24s %-17s face=%dpx donor=%d:",
						host.getFileName(), chain, splice.width() * picture.width() / hostImage.getWidth(), donor));
				for (int r = 0; r < donorFeatures.size(); r++) {
					int inliers = ReferenceMatcher
						.bestReference(f, picture.width(), picture.height(), List.of(donorFeatures.get(r)))
						.map((m) -> m.inliers())
						.orElse(0);
					line.append(r == donor ? " [" + inliers + "]" : " " + inliers);
				}
				System.out.println(line);
			}
		}
	}

}
