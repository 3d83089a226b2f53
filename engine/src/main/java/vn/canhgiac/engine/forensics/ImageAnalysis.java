package vn.canhgiac.engine.forensics;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.image.ImageCodec;
import vn.canhgiac.engine.image.RgbImage;
import vn.canhgiac.engine.jpeg.JpegInfo;
import vn.canhgiac.engine.metadata.MetadataSummary;

/**
 * Everything one analysis produced: the JSON report plus what the portal needs to draw —
 * the float maps, the face boxes, the metadata table — and the parameters used.
 */
public record ImageAnalysis(ImageReport report, List<ForensicMap> maps, List<FaceRegion> faces,
		MetadataSummary metadata, @Nullable JpegInfo jpeg, ImageAnalysisOptions parameters, RgbImage image) {

	public Optional<ForensicMap> map(String kind) {
		return this.maps.stream().filter((m) -> m.kind().equals(kind)).findFirst();
	}

	/** The map alone as a PNG heat map (one pixel per map cell). */
	public byte[] heatMapPng(String kind) {
		return ImageCodec.heatMapPng(map(kind).orElseThrow().raster());
	}

	/**
	 * The map over the picture, as a PNG the size of the picture (at most 2048 px a
	 * side).
	 */
	public byte[] overlayPng(String kind) {
		RgbImage base = this.image;
		int side = Math.max(base.width(), base.height());
		if (side > 2048) {
			double f = 2048.0 / side;
			base = ImageCodec.resize(base, Math.max(1, (int) (base.width() * f)),
					Math.max(1, (int) (base.height() * f)));
		}
		return ImageCodec.overlayPng(base, map(kind).orElseThrow().raster());
	}

}
