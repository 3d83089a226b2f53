package vn.canhgiac.bench.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
		// CPU time of this thread, not wall time: the figure is per core even when other
		// processes share the machine.
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		int n = 0;
		while (System.nanoTime() - start < 5_000_000_000L) {
			for (String text : texts) {
				sink += this.analyzer.analyze(text).signals().size();
				n++;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		System.out.printf("throughput: %.0f messages/s per core (CPU time; %.0f/s wall clock on a shared machine),"
				+ " %d messages (checksum %d)%n", n / cpuSeconds, n / seconds, n, sink % 10);
	}

}
