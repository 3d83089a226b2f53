package vn.canhgiac.bench.intel;

import java.util.Arrays;
import java.util.Random;

import vn.canhgiac.engine.match.NearDuplicateIndex;

/**
 * Near-duplicate picture search (Hamming distance ≤ 10 over 64-bit perceptual hashes) in
 * the intel store's multi-index-hashing index, against a linear scan of the same hashes.
 * One million hashes: random ones, plus families of near copies (a picture resent resized
 * or recompressed flips a few bits). Run with
 * {@code ./mvnw -q -pl bench -am package -DskipTests -Dspring-javaformat.skip=true && java
 * -cp engine/target/classes:bench/target/classes
 * vn.canhgiac.bench.intel.NearDuplicateSearchBenchmark [HASHES] [QUERIES]}.
 */
public final class NearDuplicateSearchBenchmark {

	private NearDuplicateSearchBenchmark() {
	}

	public static void main(String[] args) {
		int size = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		int queries = (args.length > 1) ? Integer.parseInt(args[1]) : 5_000;
		Random random = new Random(2026);
		long[] hashes = new long[size];
		for (int i = 0; i < size; i++) {
			// every 10th hash is a near copy of an earlier one (1-8 bits flipped)
			hashes[i] = (i % 10 == 9) ? flip(hashes[random.nextInt(i)], 1 + random.nextInt(8), random)
					: random.nextLong();
		}
		long buildStart = System.nanoTime();
		NearDuplicateIndex index = new NearDuplicateIndex();
		for (int i = 0; i < size; i++) {
			index.add(hashes[i], i);
		}
		long buildMs = (System.nanoTime() - buildStart) / 1_000_000;
		long[] query = new long[queries];
		for (int q = 0; q < queries; q++) {
			query[q] = flip(hashes[random.nextInt(size)], random.nextInt(6), random);
		}
		// warm-up
		for (int q = 0; q < Math.min(500, queries); q++) {
			index.search(query[q], 10, (id) -> {
			});
		}
		long[] times = new long[queries];
		long found = 0;
		for (int q = 0; q < queries; q++) {
			long[] count = { 0 };
			long start = System.nanoTime();
			index.search(query[q], 10, (id) -> count[0]++);
			times[q] = System.nanoTime() - start;
			found += count[0];
		}
		long[] linear = new long[Math.min(200, queries)];
		long linearFound = 0;
		for (int q = 0; q < linear.length; q++) {
			long start = System.nanoTime();
			for (long hash : hashes) {
				if (Long.bitCount(hash ^ query[q]) <= 10) {
					linearFound++;
				}
			}
			linear[q] = System.nanoTime() - start;
		}
		long indexFoundSample = 0;
		for (int q = 0; q < linear.length; q++) {
			long[] count = { 0 };
			index.search(query[q], 10, (id) -> count[0]++);
			indexFoundSample += count[0];
		}
		System.out.printf("hashes %,d, index built in %d ms%n", size, buildMs);
		print("multi-index search, distance <= 10", times);
		System.out.printf("  matches found: %d in %d queries%n", found, queries);
		print("linear scan (for comparison)", linear);
		System.out.printf("  same matches as the linear scan on %d queries: %s%n", linear.length,
				(indexFoundSample == linearFound) ? "yes" : "NO");
	}

	private static long flip(long hash, int bits, Random random) {
		long result = hash;
		for (int b = 0; b < bits; b++) {
			result ^= 1L << random.nextInt(64);
		}
		return result;
	}

	private static void print(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%s: n=%d p50=%.3f ms p95=%.3f ms p99=%.3f ms max=%.3f ms%n", what, sorted.length,
				sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
				sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

}
