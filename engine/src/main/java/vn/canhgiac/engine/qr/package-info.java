/**
 * QR codes in screenshots and photos: decoding (several per image) and classification of
 * the payload as a link, a VietQR bank transfer, a wallet, a handle or plain text.
 */
@NullMarked
package vn.canhgiac.engine.qr;

import org.jspecify.annotations.NullMarked;
