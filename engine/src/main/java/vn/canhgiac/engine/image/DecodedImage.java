package vn.canhgiac.engine.image;

/**
 * The result of a safe decode: format recognised from the magic bytes and the pixels.
 */
public record DecodedImage(ImageFormat format, RgbImage image) {
}
