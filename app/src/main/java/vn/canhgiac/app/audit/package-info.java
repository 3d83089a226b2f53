/**
 * The audit trail: who did what to which object, why, in an append-only, hash-chained
 * table with signed checkpoints exported outside the database. Other modules call
 * {@link vn.canhgiac.app.audit.AuditTrail#record}.
 */
@NullMarked
package vn.canhgiac.app.audit;

import org.jspecify.annotations.NullMarked;
