/**
 * Optical character recognition of screenshots and photographed letters (Tesseract,
 * Vietnamese and English), degrading to a plain "not available" result when the language
 * data is not installed.
 */
@NullMarked
package vn.canhgiac.engine.ocr;

import org.jspecify.annotations.NullMarked;
