package vn.canhgiac.engine.forensics;

import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.image.PixelRegion;

/**
 * One observation in plain words.
 *
 * @param kind stable machine name, e.g. {@code double_jpeg_region}, {@code source_match}
 * @param severity {@code high | medium | low | info}
 * @param region where in the picture, if the finding is local
 */
public record Finding(String kind, String severity, @Nullable PixelRegion region, String messageVi, String messageEn) {

	public Finding {
		if (!severity.equals("high") && !severity.equals("medium") && !severity.equals("low")
				&& !severity.equals("info")) {
			throw new IllegalArgumentException("unknown severity " + severity);
		}
	}

}
