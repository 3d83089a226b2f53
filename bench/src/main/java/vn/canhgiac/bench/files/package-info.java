/**
 * Benchmarks of the file checks: OCR character error rate on generated screenshots and
 * letter photos, and QR decoding on those photos.
 */
package vn.canhgiac.bench.files;
