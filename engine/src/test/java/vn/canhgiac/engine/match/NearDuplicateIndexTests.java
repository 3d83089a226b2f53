package vn.canhgiac.engine.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicateIndexTests {

	@Test
	void findsExactlyWhatALinearScanFinds() {
		Random random = new Random(42);
		NearDuplicateIndex index = new NearDuplicateIndex();
		long[] hashes = new long[20_000];
		for (int i = 0; i < hashes.length; i++) {
			hashes[i] = random.nextLong();
			if (i % 50 == 1) {
				// a near copy of the previous hash: up to 12 bits flipped
				long copy = hashes[i - 1];
				int flips = random.nextInt(13);
				for (int f = 0; f < flips; f++) {
					copy ^= 1L << random.nextInt(64);
				}
				hashes[i] = copy;
			}
			index.add(hashes[i], i);
		}
		for (int q = 0; q < 300; q++) {
			long query = hashes[random.nextInt(hashes.length)] ^ (1L << random.nextInt(64));
			for (int distance : new int[] { 0, 3, 7, 10, 12 }) {
				Set<Long> expected = new HashSet<>();
				for (int i = 0; i < hashes.length; i++) {
					if (Long.bitCount(hashes[i] ^ query) <= distance) {
						expected.add((long) i);
					}
				}
				List<Long> found = new ArrayList<>();
				index.search(query, distance, found::add);
				assertThat(found).doesNotHaveDuplicates();
				assertThat(new HashSet<>(found)).isEqualTo(expected);
			}
		}
		assertThat(index.size()).isEqualTo(hashes.length);
	}

	@Test
	void farHashesAreNotFound() {
		NearDuplicateIndex index = new NearDuplicateIndex();
		index.add(0L, 1);
		index.add(-1L, 2);
		List<Long> found = new ArrayList<>();
		index.search(0x7L, 10, found::add);
		assertThat(found).containsExactly(1L);
	}

}
