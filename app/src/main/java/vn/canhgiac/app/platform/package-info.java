/**
 * Runtime platform: the home directory, the run mode (demo or production) and the
 * embedded PostgreSQL used when no external database is configured.
 */
@NullMarked
package vn.canhgiac.app.platform;

import org.jspecify.annotations.NullMarked;
