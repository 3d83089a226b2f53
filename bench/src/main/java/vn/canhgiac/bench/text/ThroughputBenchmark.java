package vn.canhgiac.bench.text;

import java.util.ArrayList;
import java.util.List;

import vn.canhgiac.engine.text.MessageAnalyzer;

/**
 * Messages analysed per second on one thread (= one core), after warm-up.
 */
final class ThroughputBenchmark {

	private final MessageAnalyzer analyzer;

	ThroughputBenchmark(MessageAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	void run(List<SmsSets.Sms> first, List<SmsSets.Sms> second) {
		List<String> texts = new ArrayList<>();
		first.stream().map(SmsSets.Sms::text).filter((t) -> !t.isBlank()).forEach(texts::add);
		second.stream().map(SmsSets.Sms::text).filter((t) -> !t.isBlank()).forEach(texts::add);
		long sink = 0;
		for (int round = 0; round < 3; round++) {
			for (String text : texts) {
				sink += this.analyzer.analyze(text).signals().size();
			}
		}
		long start = System.nanoTime();
		int n = 0;
		while (System.nanoTime() - start < 5_000_000_000L) {
			for (String text : texts) {
				sink += this.analyzer.analyze(text).signals().size();
				n++;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("throughput: %.0f messages/s on one thread (%d messages in %.1f s; checksum %d)%n",
				n / seconds, n, seconds, sink % 10);
	}

}
