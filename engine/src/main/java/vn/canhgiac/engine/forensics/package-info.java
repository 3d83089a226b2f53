/**
 * Image forensics facade: maps (ELA, noise, blocking grid, double JPEG, copy-move), faces
 * and the fused verdict.
 */
@NullMarked
package vn.canhgiac.engine.forensics;

import org.jspecify.annotations.NullMarked;
