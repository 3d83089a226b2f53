/**
 * Speed of the portal's audit trail verification over a million hash-chained entries.
 */
package vn.canhgiac.bench.audit;
