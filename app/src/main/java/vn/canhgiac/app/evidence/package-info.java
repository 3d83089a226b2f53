/**
 * Evidence: uploads hashed at intake (SHA-256 of the original bytes), encrypted at rest
 * (segmented AES-GCM), stored under generated ids behind a storage interface, with size
 * and quota limits checked while streaming and every access logged.
 */
@NullMarked
package vn.canhgiac.app.evidence;

import org.jspecify.annotations.NullMarked;
