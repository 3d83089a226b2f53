package vn.canhgiac.app.intel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canhgiac.engine.match.NearDuplicateIndex;

/**
 * In-memory multi-index-hashing indexes over the stored picture hashes and text
 * fingerprints (ADR 0030). A cache of the database, not state: each search first reads
 * the rows added since (by any node), so every node answers from the same data (ADR
 * 0110).
 * <p>
 * Ids come from a sequence but commit in any order: a row whose transaction began first
 * may become visible after a higher id was read. So every {@link #RECHECK_EVERY_NANOS}
 * the ids of the last {@link #SETTLE_NANOS} are read again and whatever was missed is
 * added; a fingerprint's transaction (a sighting) takes milliseconds, far less.
 * Fingerprints are never deleted; a row that stops linking (false positive) is filtered
 * by the caller, which reads the rows of the ids found.
 */
@Component
class FingerprintIndexes {

	static final long RECHECK_EVERY_NANOS = 2_000_000_000L;

	static final long SETTLE_NANOS = 30_000_000_000L;

	private static final int FIRST_LOAD_UNSETTLED = 1_000;

	private final JdbcClient jdbc;

	private final Map<IndicatorKind, Loaded> indexes = new EnumMap<>(IndicatorKind.class);

	FingerprintIndexes(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.indexes.put(IndicatorKind.IMAGE_HASH, new Loaded());
		this.indexes.put(IndicatorKind.TEXT_FINGERPRINT, new Loaded());
	}

	/**
	 * Calls {@code found} with the id of every stored fingerprint of this kind within
	 * {@code maxDistance} bits of {@code hexValue}.
	 */
	void near(IndicatorKind kind, String hexValue, int maxDistance, LongConsumer found) {
		Loaded loaded = this.indexes.get(kind);
		catchUp(kind, loaded);
		loaded.index.search(Long.parseUnsignedLong(hexValue, 16), maxDistance, found);
	}

	private void catchUp(IndicatorKind kind, Loaded loaded) {
		synchronized (loaded) {
			long now = System.nanoTime();
			boolean first = loaded.upTo == 0;
			boolean recheck = now - loaded.lastRecheck >= RECHECK_EVERY_NANOS;
			long from = recheck ? loaded.settledUpTo : loaded.upTo;
			// The first load may read a million rows: only its newest ids are remembered.
			Deque<Long> newest = new ArrayDeque<>();
			this.jdbc.sql("select id, value from intel_indicator where type = ? and id > ? order by id")
				.params(kind.wireName(), from)
				.query((rs) -> {
					long id = rs.getLong(1);
					if (first) {
						newest.addLast(id);
						if (newest.size() > FIRST_LOAD_UNSETTLED) {
							loaded.settledUpTo = newest.removeFirst();
						}
					}
					else if (id > loaded.settledUpTo && !loaded.recent.add(id)) {
						return;
					}
					loaded.index.add(Long.parseUnsignedLong(rs.getString(2), 16), id);
					loaded.upTo = Math.max(loaded.upTo, id);
				});
			loaded.recent.addAll(newest);
			if (recheck) {
				loaded.settle(now);
			}
		}
	}

	private static final class Loaded {

		final NearDuplicateIndex index = new NearDuplicateIndex();

		/** Highest id read so far. */
		long upTo;

		/** Ids up to here are final: every transaction that could add one has ended. */
		long settledUpTo;

		/** Ids above {@link #settledUpTo} already in the index. */
		final Set<Long> recent = new HashSet<>();

		/** (time, upTo) at each recheck, oldest first. */
		final Deque<long[]> marks = new ArrayDeque<>();

		long lastRecheck = System.nanoTime() - RECHECK_EVERY_NANOS;

		void settle(long now) {
			this.lastRecheck = now;
			this.marks.addLast(new long[] { now, this.upTo });
			while (!this.marks.isEmpty() && now - this.marks.peekFirst()[0] >= SETTLE_NANOS) {
				this.settledUpTo = Math.max(this.settledUpTo, this.marks.pollFirst()[1]);
			}
			this.recent.removeIf((id) -> id <= this.settledUpTo);
		}

	}

}
