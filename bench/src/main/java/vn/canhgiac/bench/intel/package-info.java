/**
 * Intelligence store: near-duplicate picture search over a million perceptual hashes.
 */
package vn.canhgiac.bench.intel;
