package vn.canhgiac.engine.forensics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.image.DecodeLimits;
import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.PixelRegion;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.testing.SyntheticImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ImageForensicsTests {

	private static final ImageForensics FORENSICS = new ImageForensics(Path.of("/nonexistent/cascade.xml"));

	/**
	 * A "camera" photo: textured scene saved once at q72, as the host's first
	 * compression.
	 */
	private static final RgbImage HOST = SyntheticImages.jpegRoundTrip(SyntheticImages.texturedScene(640, 480, 31), 72);

	private static final PixelRegion PASTED = new PixelRegion(264, 160, 128, 128);

	@Test
	void flagsRegionPastedAfterTheFirstSaveAndLocalisesIt() {
		RgbImage patch = SyntheticImages.texturedScene(128, 128, 32);
		byte[] forged = ImageCodec.encodeJpeg(SyntheticImages.paste(HOST, patch, PASTED.x(), PASTED.y()), 90);
		ImageReport report = FORENSICS.analyze(forged, ImageAnalysisOptions.defaults("forged"));
		assertThat(report.verdict()).isEqualTo(ImageReport.MANIPULATED);
		assertThat(report.findings()).anySatisfy((f) -> {
			assertThat(f.kind()).isEqualTo("double_jpeg_region");
			assertThat(f.region()).isNotNull();
			assertThat(f.region().overlap(PASTED)).isGreaterThan(0.25);
		});
	}

	@Test
	void authenticTwinThroughTheSameSaveChainIsNotCalledManipulated() {
		ImageReport report = FORENSICS.analyze(ImageCodec.encodeJpeg(HOST, 90), ImageAnalysisOptions.defaults("twin"));
		assertThat(report.verdict()).isNotEqualTo(ImageReport.MANIPULATED);
		assertThat(report.findings()).noneMatch((f) -> f.kind().equals("double_jpeg_region"));
	}

	@Test
	void singleSavedPhotoIsNoEvidence() {
		ImageReport report = FORENSICS.analyze(ImageCodec.encodeJpeg(SyntheticImages.texturedScene(640, 480, 33), 85),
				ImageAnalysisOptions.defaults("single"));
		assertThat(report.verdict()).isEqualTo(ImageReport.NO_EVIDENCE);
	}

	@Test
	void namesTheReferencePhotoTheRegionWasCutFrom() {
		List<RgbImage> refs = List.of(SyntheticImages.texturedScene(224, 224, 41),
				SyntheticImages.texturedScene(224, 224, 42), SyntheticImages.texturedScene(224, 224, 43));
		RgbImage patch = SyntheticImages.transform(refs.get(1), 1.3, 8, 1.1, 0.95);
		byte[] forged = ImageCodec.encodeJpeg(SyntheticImages.paste(HOST, patch, 300, 120), 80);
		List<ReferencePhoto> photos = List.of(new ReferencePhoto("a.jpg", ImageCodec.encodeJpeg(refs.get(0), 85)),
				new ReferencePhoto("b.jpg", ImageCodec.encodeJpeg(refs.get(1), 85)),
				new ReferencePhoto("c.jpg", ImageCodec.encodeJpeg(refs.get(2), 85)));
		ImageAnalysis analysis = FORENSICS.analyze(forged, photos, ImageAnalysisOptions.defaults("attrib"));
		SourceMatch match = analysis.report().sourceMatch();
		assertThat(match).isNotNull();
		assertThat(match.reference()).isEqualTo("b.jpg");
		assertThat(match.regionInImage().overlap(new PixelRegion(300, 120, patch.width(), patch.height())))
			.isGreaterThan(0.3);
		assertThat(analysis.report().verdict()).isEqualTo(ImageReport.MANIPULATED);
		assertThat(analysis.report().findings())
			.anyMatch((f) -> f.kind().equals("source_match") && f.messageVi().contains("ảnh tham chiếu số 2"));
	}

	@Test
	void findsACopyMovedPatch() {
		RgbImage scene = SyntheticImages.texturedScene(640, 480, 51);
		int[] rgb = scene.rgb().clone();
		for (int y = 0; y < 100; y++) {
			System.arraycopy(scene.rgb(), (60 + y) * 640 + 60, rgb, (300 + y) * 640 + 420, 100);
		}
		byte[] png = ImageCodec.encodePng(new RgbImage(640, 480, rgb));
		ImageReport report = FORENSICS.analyze(png, ImageAnalysisOptions.defaults("clone"));
		assertThat(report.findings()).anyMatch((f) -> f.kind().equals("copy_move"));
		assertThat(report.format()).isEqualTo("png");
	}

	@Test
	void reportCarriesTheContractFields() {
		byte[] bytes = ImageCodec.encodeJpeg(HOST, 90);
		ImageAnalysis analysis = FORENSICS.analyze(bytes, List.of(), ImageAnalysisOptions.defaults("r1"));
		ImageReport r = analysis.report();
		assertThat(r.id()).isEqualTo("r1");
		assertThat(r.schema()).isEqualTo(ImageReport.SCHEMA);
		assertThat(r.sha256()).isEqualTo(ImageForensics.sha256(bytes)).hasSize(64);
		assertThat(r.width()).isEqualTo(640);
		assertThat(r.perceptualHash()).matches("[0-9a-f]{16}");
		assertThat(r.timingsMs()).containsKeys("decode", "total");
		assertThat(r.maps()).extracting(MapEntry::kind).contains("ela", "noise", "blocking_grid", "double_jpeg");
		assertThat(r.score()).isBetween(0.0, 1.0);
		assertThat(List.of(ImageReport.MANIPULATED, ImageReport.INCONCLUSIVE, ImageReport.NO_EVIDENCE))
			.contains(r.verdict());
		RgbImage overlay = ImageCodec.decode(analysis.overlayPng("ela"), DecodeLimits.DEFAULT).image();
		assertThat(overlay.width()).isEqualTo(640);
	}

	@Test
	void saysWhenTheFaceDetectorIsMissing() {
		ImageReport r = FORENSICS.analyze(ImageCodec.encodeJpeg(HOST, 90), ImageAnalysisOptions.defaults("f"));
		assertThat(r.findings()).anyMatch((f) -> f.kind().equals("face_detector_unavailable"));
		assertThat(r.findings()).anyMatch((f) -> f.kind().equals("metadata_absent") && f.severity().equals("info"));
	}

	@Test
	void smallPictureIsInconclusiveRatherThanNoEvidence() {
		ImageReport r = FORENSICS.analyze(ImageCodec.encodeJpeg(SyntheticImages.texturedScene(200, 150, 3), 85),
				ImageAnalysisOptions.defaults("small"));
		assertThat(r.verdict()).isEqualTo(ImageReport.INCONCLUSIVE);
	}

	@Test
	void badReferenceIsRejectedWithItsNumber() {
		assertThatThrownBy(() -> FORENSICS.analyze(ImageCodec.encodeJpeg(HOST, 90),
				List.of(new ReferencePhoto("x", new byte[0])), ImageAnalysisOptions.defaults("bad")))
			.isInstanceOf(InputRejected.class)
			.hasMessageContaining("Reference photo 1");
	}

	@Test
	void detectsFacesWithTheDebianCascadeWhenInstalled() throws Exception {
		Path cascade = Path.of("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml");
		Path photo = Path.of("../../shared/data/forensics/faces/demo/Iron_man.jpg");
		if (!Files.exists(photo)) {
			photo = Path.of("/work/shared/data/forensics/faces/demo/Iron_man.jpg");
		}
		assumeTrue(Files.exists(cascade) && Files.exists(photo));
		ImageAnalysis a = new ImageForensics(cascade).analyze(Files.readAllBytes(photo), List.of(),
				ImageAnalysisOptions.defaults("face"));
		assertThat(a.faces()).isNotEmpty();
		assertThat(a.faces().get(0).perceptualHash()).matches("[0-9a-f]{16}");
	}

	@Test
	void keepsAColourShiftedFaceOnlyWhenTheSecondCascadeAgrees(@org.junit.jupiter.api.io.TempDir Path alone)
			throws Exception {
		Path cascade = Path.of("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml");
		Path photo = Path.of("../../shared/data/forensics/faces/demo/Iron_man.jpg");
		if (!Files.exists(photo)) {
			photo = Path.of("/work/shared/data/forensics/faces/demo/Iron_man.jpg");
		}
		assumeTrue(Files.exists(cascade) && Files.exists(cascade.resolveSibling("haarcascade_frontalface_alt2.xml"))
				&& Files.exists(photo));
		// A pasted face colour-matched towards a green background: red and green swapped.
		vn.canhgiac.engine.image.RgbImage original = vn.canhgiac.engine.image.ImageCodec
			.decode(Files.readAllBytes(photo), vn.canhgiac.engine.image.DecodeLimits.DEFAULT)
			.image();
		int[] swapped = new int[original.rgb().length];
		for (int i = 0; i < swapped.length; i++) {
			int p = original.rgb()[i];
			swapped[i] = ((p & 0xff00) << 8) | ((p >> 8) & 0xff00) | (p & 0xff);
		}
		byte[] green = ImageCodec
			.encodeJpeg(new vn.canhgiac.engine.image.RgbImage(original.width(), original.height(), swapped), 92);
		Path lonely = Files.copy(cascade, alone.resolve(cascade.getFileName()));
		assertThat(new ImageForensics(lonely).analyze(green, List.of(), ImageAnalysisOptions.defaults("green")).faces())
			.isEmpty();
		assertThat(
				new ImageForensics(cascade).analyze(green, List.of(), ImageAnalysisOptions.defaults("green")).faces())
			.isNotEmpty();
	}

}
