/**
 * Offline verification of case evidence packages exported by the portal.
 */
@NullMarked
package vn.canhgiac.engine.evidence;

import org.jspecify.annotations.NullMarked;
