/**
 * Checks of uploaded files: type by content against the name, dangerous types, macros,
 * PDF actions, APK permissions, XML entity tricks, archives guarded against bombs,
 * e-mails and images (OCR and QR codes). Nothing referenced inside a file is ever fetched
 * or opened.
 */
@NullMarked
package vn.canhgiac.engine.files;

import org.jspecify.annotations.NullMarked;
