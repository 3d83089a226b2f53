package vn.canhgiac.engine.forensics;

/**
 * A photo of the victim (e.g. a public profile picture) that the analysed picture may
 * have been made from.
 */
public record ReferencePhoto(String name, byte[] bytes) {
}
