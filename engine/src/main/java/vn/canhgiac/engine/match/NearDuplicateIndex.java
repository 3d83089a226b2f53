package vn.canhgiac.engine.match;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Finds 64-bit hashes (perceptual hashes of pictures, SimHashes of texts) within a small
 * Hamming distance of a query without scanning them all: multi-index hashing (Norouzi,
 * Punjani and Fleet, "Fast search in Hamming space with multi-index hashing", CVPR 2012).
 *
 * <p>
 * Each hash is split into four 16-bit chunks, and each chunk position has a table from
 * chunk value to the entries holding it. Two hashes at most {@code r} bits apart differ
 * in at most {@code r / 4} bits in at least one chunk (pigeonhole), so a query probes
 * every chunk value within {@code r / 4} bits in each of the four tables (for r = 10: 4 ×
 * 137 buckets, about 2,000 candidates over a million random hashes) and keeps the
 * candidates really within {@code r}. Exact: nothing within {@code r} is missed.
 *
 * <p>
 * Thread-safe: adds and searches are synchronised on the index (searches take well under
 * a millisecond). Memory: about 40 bytes per entry.
 */
public final class NearDuplicateIndex {

	private static final int CHUNKS = 4;

	private static final int CHUNK_BITS = 16;

	private static final int BUCKETS = 1 << CHUNK_BITS;

	private long[] hashes = new long[1024];

	private long[] ids = new long[1024];

	private int size;

	/** Per chunk position, per chunk value: positions into {@link #hashes}. */
	private final int[][][] tables = new int[CHUNKS][BUCKETS][];

	private final int[][] counts = new int[CHUNKS][BUCKETS];

	/**
	 * Adds an entry. The same id may be added once per hash; adding it again is harmless
	 * but reports it twice.
	 * @param hash the 64-bit hash
	 * @param id the caller's id for it
	 */
	public synchronized void add(long hash, long id) {
		if (this.size == this.hashes.length) {
			this.hashes = Arrays.copyOf(this.hashes, this.size * 2);
			this.ids = Arrays.copyOf(this.ids, this.size * 2);
		}
		int position = this.size++;
		this.hashes[position] = hash;
		this.ids[position] = id;
		for (int chunk = 0; chunk < CHUNKS; chunk++) {
			int value = chunk(hash, chunk);
			int[] bucket = this.tables[chunk][value];
			int count = this.counts[chunk][value];
			if (bucket == null) {
				bucket = new int[2];
			}
			else if (count == bucket.length) {
				bucket = Arrays.copyOf(bucket, count * 2);
			}
			bucket[count] = position;
			this.tables[chunk][value] = bucket;
			this.counts[chunk][value] = count + 1;
		}
	}

	/** Number of entries. */
	public synchronized int size() {
		return this.size;
	}

	/**
	 * Calls {@code found} with the id of every entry within {@code maxDistance} bits of
	 * {@code query}, each once.
	 * @param query the hash to search for
	 * @param maxDistance 0..63
	 * @param found receives ids
	 */
	public synchronized void search(long query, int maxDistance, LongConsumer found) {
		int perChunk = maxDistance / CHUNKS;
		// Positions already examined: a candidate may turn up in several tables.
		java.util.BitSet seen = new java.util.BitSet(Math.min(this.size, 1 << 20));
		for (int chunk = 0; chunk < CHUNKS; chunk++) {
			int value = chunk(query, chunk);
			probe(chunk, value, query, maxDistance, found, seen);
			if (perChunk >= 1) {
				for (int i = 0; i < CHUNK_BITS; i++) {
					int one = value ^ (1 << i);
					probe(chunk, one, query, maxDistance, found, seen);
					if (perChunk >= 2) {
						for (int j = i + 1; j < CHUNK_BITS; j++) {
							int two = one ^ (1 << j);
							probe(chunk, two, query, maxDistance, found, seen);
							if (perChunk >= 3) {
								for (int k = j + 1; k < CHUNK_BITS; k++) {
									probe(chunk, two ^ (1 << k), query, maxDistance, found, seen);
								}
							}
						}
					}
				}
			}
		}
	}

	private void probe(int chunk, int value, long query, int maxDistance, LongConsumer found, java.util.BitSet seen) {
		int[] bucket = this.tables[chunk][value];
		if (bucket == null) {
			return;
		}
		int count = this.counts[chunk][value];
		for (int i = 0; i < count; i++) {
			int position = bucket[i];
			if (seen.get(position)) {
				continue;
			}
			seen.set(position);
			if (Long.bitCount(this.hashes[position] ^ query) <= maxDistance) {
				found.accept(this.ids[position]);
			}
		}
	}

	private static int chunk(long hash, int chunk) {
		return (int) ((hash >>> (chunk * CHUNK_BITS)) & (BUCKETS - 1));
	}

}
