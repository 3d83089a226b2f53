package vn.canhgiac.app.intel;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.canhgiac.engine.match.NearDuplicateIndex;

/**
 * In-memory multi-index-hashing indexes over the stored picture hashes and text
 * fingerprints (ADR 0030). A cache of the database, not state: each search first reads
 * the rows added since (by any node), so every node answers from the same data.
 */
@Component
class FingerprintIndexes {

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
			long[] max = { loaded.upTo };
			this.jdbc.sql("select id, value from intel_indicator where type = ? and id > ? order by id")
				.params(kind.wireName(), loaded.upTo)
				.query((rs) -> {
					long id = rs.getLong(1);
					loaded.index.add(Long.parseUnsignedLong(rs.getString(2), 16), id);
					max[0] = Math.max(max[0], id);
				});
			loaded.upTo = max[0];
		}
	}

	private static final class Loaded {

		final NearDuplicateIndex index = new NearDuplicateIndex();

		long upTo;

	}

}
