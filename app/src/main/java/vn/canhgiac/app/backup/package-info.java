/**
 * Backup and restore: the database dumped with pg_dump from one snapshot, the evidence
 * copied encrypted with a SHA-256 manifest, and a restore into a fresh instance that
 * proves itself (row counts, evidence hashes, audit chain). See ADR 0100.
 */
@NullMarked
package vn.canhgiac.app.backup;

import org.jspecify.annotations.NullMarked;
