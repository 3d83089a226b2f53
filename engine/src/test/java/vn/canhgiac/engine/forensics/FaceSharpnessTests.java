package vn.canhgiac.engine.forensics;

import org.junit.jupiter.api.Test;

import vn.canhgiac.engine.image.GrayImages;
import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.PixelRegion;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.testing.SyntheticImages;

import static org.assertj.core.api.Assertions.assertThat;

class FaceSharpnessTests {

	private static final RgbImage SCENE = SyntheticImages.texturedScene(640, 480, 11);

	private static final PixelRegion BOX = new PixelRegion(240, 160, 160, 160);

	@Test
	void aRegionLikeItsSurroundingsHasNoLoss() {
		FaceSharpness.Comparison c = FaceSharpness.compare(GrayImages.luma(SCENE), BOX);
		assertThat(Math.abs(c.edgeLoss())).isLessThan(0.25);
		assertThat(Math.abs(c.flatLoss())).isLessThan(0.25);
	}

	@Test
	void aSmallPictureEnlargedIntoTheRegionHasLostDetail() {
		RgbImage small = ImageCodec.resize(SyntheticImages.texturedScene(640, 480, 12), 60, 60);
		RgbImage enlarged = ImageCodec.resize(small, 200, 200);
		RgbImage composite = SyntheticImages.paste(SCENE, enlarged, 220, 140);
		FaceSharpness.Comparison c = FaceSharpness.compare(GrayImages.luma(composite), BOX);
		assertThat(c.edgeLoss() + c.flatLoss()).isGreaterThan(0.8);
	}

}
