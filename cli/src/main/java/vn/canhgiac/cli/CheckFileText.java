package vn.canhgiac.cli;

import vn.canhgiac.engine.Signal;
import vn.canhgiac.engine.files.FileReport;
import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.qr.QrCode;

/** The human-readable form of a file report, Vietnamese first. */
final class CheckFileText {

	private CheckFileText() {
	}

	static String render(FileReport report) {
		StringBuilder out = new StringBuilder();
		out.append(verdictLine(report.verdict())).append(" (").append(report.score()).append(")\n");
		out.append("Tệp / file: ")
			.append(report.fileName())
			.append(" — ")
			.append(report.detectedType())
			.append(", SHA-256 ")
			.append(report.sha256())
			.append('\n');
		if (report.mail() != null) {
			out.append("Người gửi / from: ")
				.append(report.mail().fromName())
				.append(" <")
				.append(report.mail().fromAddress())
				.append(">, ")
				.append(report.mail().subject())
				.append('\n');
		}
		if (report.text() != null && !report.text().isBlank()) {
			String text = report.text().strip().replaceAll("\\s+", " ");
			out.append("Nội dung đọc được / text: ")
				.append(text.length() > 300 ? text.substring(0, 300) + "…" : text)
				.append('\n');
		}
		appendBody(report, out, "");
		if (!report.advice().isEmpty()) {
			out.append("Lời khuyên / advice:\n");
			report.advice().forEach((advice) -> out.append("  • ").append(advice.messageVi()).append('\n'));
		}
		return out.toString().stripTrailing();
	}

	private static void appendBody(FileReport report, StringBuilder out, String indent) {
		for (Signal signal : report.signals()) {
			out.append(indent).append("  ! ").append(signal.messageVi()).append('\n');
		}
		for (Indicator indicator : report.indicators()) {
			out.append(indent)
				.append("  → ")
				.append(indicator.type().wireName())
				.append(": ")
				.append(indicator.normalized());
			if (indicator.bank() != null) {
				out.append(" (").append(indicator.bank()).append(')');
			}
			out.append('\n');
		}
		for (QrCode code : report.qrCodes()) {
			out.append(indent).append("  QR ").append(code.kind()).append(": ").append(code.payload()).append('\n');
		}
		if (report.handOffs().contains(FileReport.IMAGE_FORENSICS)) {
			out.append(indent)
				.append("  Ảnh: chạy thêm `canhgiac image analyze` để kiểm tra cắt ghép / run image analysis for compositing\n");
		}
		report.notes().forEach((note) -> out.append(indent).append("  (").append(note).append(")\n"));
		for (FileReport entry : report.entries()) {
			out.append(indent)
				.append("  ├ ")
				.append(entry.fileName())
				.append(": ")
				.append(entry.verdict())
				.append('\n');
			appendBody(entry, out, indent + "  ");
		}
	}

	private static String verdictLine(String verdict) {
		return switch (verdict) {
			case FileReport.DANGEROUS -> "NGUY HIỂM / dangerous";
			case FileReport.SUSPICIOUS -> "ĐÁNG NGỜ / suspicious";
			default -> "Chưa thấy dấu hiệu / no signs";
		};
	}

}
