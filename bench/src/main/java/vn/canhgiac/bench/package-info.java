/**
 * Benchmarks over ../shared/data: accuracy figures and speed. Run by hand with
 * {@code ./mvnw -q -pl bench -am install -DskipTests} then
 * {@code ./mvnw -q -pl bench exec:java -Dexec.mainClass=...}; see docs/BENCHMARKS.md.
 */
package vn.canhgiac.bench;
