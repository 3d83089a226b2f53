package vn.canhgiac.cli;

import java.io.PrintStream;

import vn.canhgiac.cli.CheckReportJson.IndicatorJson;
import vn.canhgiac.cli.CheckReportJson.SignalJson;
import vn.canhgiac.engine.files.FileReport;

/**
 * What the human-readable output of {@code check file} adds to the common summary: the
 * file itself, the sender of an e-mail, the text read, QR codes, hand-offs and entries.
 */
final class CheckFileText {

	private static final int TEXT_EXCERPT_CHARS = 300;

	private CheckFileText() {
	}

	static void print(CheckFileJson report, PrintStream out) {
		out.println("Tệp: " + report.fileName() + " — " + report.detectedType() + ", SHA-256 " + report.sha256());
		if (report.mail() != null) {
			out.println("Người gửi: " + report.mail().fromName() + " <" + report.mail().fromAddress() + ">, tiêu đề: "
					+ report.mail().subject());
		}
		if (report.text() != null && !report.text().isBlank()) {
			String text = report.text().strip().replaceAll("\\s+", " ");
			out.println("Nội dung đọc được: "
					+ ((text.length() > TEXT_EXCERPT_CHARS) ? text.substring(0, TEXT_EXCERPT_CHARS) + "…" : text));
		}
		report.qrCodes().forEach((code) -> out.println("Mã QR (" + code.kind() + "): " + code.payload()));
		if (report.handOffs().contains(FileReport.IMAGE_FORENSICS)) {
			out.println("Ảnh: kiểm tra cắt ghép thêm bằng `canhgiac image analyze " + report.fileName() + "`");
		}
		report.notes().forEach((note) -> out.println("Ghi chú: " + note));
		if (!report.entries().isEmpty()) {
			out.println("Bên trong:");
			report.entries().forEach((entry) -> entry(entry, out, "  "));
		}
		out.flush();
	}

	private static void entry(CheckFileJson entry, PrintStream out, String indent) {
		out.println(indent + "- " + entry.fileName() + ": " + entry.verdict());
		for (SignalJson signal : entry.signals()) {
			if (signal.weight() > 0) {
				out.println(indent + "    ! " + signal.messageVi());
			}
		}
		for (IndicatorJson indicator : entry.indicators()) {
			out.println(indent + "    → " + indicator.type() + ": " + indicator.normalized());
		}
		entry.notes().forEach((note) -> out.println(indent + "    (" + note + ")"));
		entry.entries().forEach((inner) -> entry(inner, out, indent + "  "));
	}

}
