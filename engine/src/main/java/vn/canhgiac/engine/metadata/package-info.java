/**
 * EXIF, XMP, ICC, thumbnails and content-credential presence, read without resolving
 * anything external.
 */
@NullMarked
package vn.canhgiac.engine.metadata;

import org.jspecify.annotations.NullMarked;
