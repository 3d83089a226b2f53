package vn.canhgiac.bench.text;

import java.io.IOException;
import java.util.List;

import vn.canhgiac.engine.text.MessageAnalyzer;

/**
 * Accuracy and speed of message, link and indicator checks. Prints figures only, never
 * message texts (the SMS sets may not be shown or shipped). Run with
 * {@code ./mvnw -q -pl bench -am install -DskipTests && ./mvnw -q -pl bench exec:java
 * -Dexec.mainClass=vn.canhgiac.bench.text.ContentCheckBenchmark}; the data directory
 * defaults to /work/shared/data and can be set with {@code -Dcanhgiac.data=DIR}.
 */
public final class ContentCheckBenchmark {

	private ContentCheckBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		MessageAnalyzer analyzer = new MessageAnalyzer();
		MessageBenchmark messages = new MessageBenchmark(analyzer);
		List<SmsSets.Sms> vi2025 = SmsSets.vietnamese2025(MessageBenchmark.data("messages", "dev_vi_sms_2025.csv"));
		MessageBenchmark.printVietnamese("dev_vi_sms_2025 (text only)", messages.score(vi2025));
		MessageBenchmark.printVietnamese("dev_vi_sms_2025 (text + kind of sender)", messages.score(vi2025, true));
		List<SmsSets.Sms> vi2015 = SmsSets.tsv(MessageBenchmark.data("messages", "vi_sms_2015.tsv"), "spam");
		MessageBenchmark.printAdvertising(messages.score(vi2015));
		List<SmsSets.Sms> en = SmsSets.tsv(MessageBenchmark.data("messages", "en_sms_spam.tsv"), "spam");
		MessageBenchmark.printEnglish(messages.score(en));
		new UrlBenchmark().run(MessageBenchmark.data("urls", "chongluadao_dev.txt"));
		new IndicatorBenchmark().run();
		new ThroughputBenchmark(analyzer).run(vi2025, en);
	}

}
