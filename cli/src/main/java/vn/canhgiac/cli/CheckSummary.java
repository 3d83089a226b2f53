package vn.canhgiac.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * The short Vietnamese summary printed without {@code --json}.
 */
final class CheckSummary {

	private static final Map<String, String> VERDICTS = Map.of("scam", "LỪA ĐẢO", "dangerous", "NGUY HIỂM",
			"suspicious", "ĐÁNG NGỜ", "no_signs", "CHƯA THẤY DẤU HIỆU (không có nghĩa là an toàn)");

	private CheckSummary() {
	}

	static void print(CheckReportJson report, PrintStream out) {
		out.printf("Kết luận: %s — điểm %.2f%s%n", VERDICTS.getOrDefault(report.verdict(), report.verdict()),
				report.score(), report.category().equals("none") ? "" : " (" + report.category() + ")");
		if (report.imitates() != null) {
			out.println("Giả mạo: " + report.imitates());
		}
		if (report.signals().stream().anyMatch((s) -> s.weight() > 0)) {
			out.println("Lý do:");
			report.signals().stream().filter((s) -> s.weight() > 0).forEach((s) -> out.println("  - " + s.messageVi()));
		}
		if (!report.indicators().isEmpty()) {
			out.println("Thông tin trích ra:");
			report.indicators()
				.forEach((i) -> out.println(
						"  - " + i.type() + ": " + i.normalized() + ((i.bank() != null) ? " (" + i.bank() + ")" : "")));
		}
		out.println("Lời khuyên:");
		report.advice().forEach((a) -> out.println("  - " + a.messageVi()));
		out.flush();
	}

}
