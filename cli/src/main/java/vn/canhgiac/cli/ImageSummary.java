package vn.canhgiac.cli;

import java.util.Locale;

import vn.canhgiac.engine.forensics.Finding;
import vn.canhgiac.engine.forensics.ImageReport;

/**
 * The short Vietnamese summary printed without {@code --json}: verdict in plain words,
 * what was found, what to do.
 */
final class ImageSummary {

	private ImageSummary() {
	}

	static String vietnamese(ImageReport r) {
		StringBuilder s = new StringBuilder();
		String verdict = switch (r.verdict()) {
			case ImageReport.MANIPULATED -> "CÓ DẤU HIỆU CẮT GHÉP / CHỈNH SỬA";
			case ImageReport.INCONCLUSIVE -> "CHƯA ĐỦ CƠ SỞ KẾT LUẬN";
			default -> "KHÔNG PHÁT HIỆN DẤU HIỆU CHỈNH SỬA (không có nghĩa là ảnh chắc chắn thật)";
		};
		s.append("Ảnh: ")
			.append(r.id())
			.append(" (")
			.append(r.width())
			.append("×")
			.append(r.height())
			.append(", ")
			.append(r.format().toUpperCase(Locale.ROOT))
			.append(")\n");
		s.append("Kết luận: ")
			.append(verdict)
			.append(String.format(Locale.ROOT, " — điểm %.2f", r.score()))
			.append('\n');
		for (Finding f : r.findings()) {
			if (!f.severity().equals("info")) {
				s.append("  • ").append(f.messageVi());
				if (f.region() != null) {
					s.append(" [vùng x=")
						.append(f.region().x())
						.append(", y=")
						.append(f.region().y())
						.append(", ")
						.append(f.region().width())
						.append("×")
						.append(f.region().height())
						.append("]");
				}
				s.append('\n');
			}
		}
		if (r.verdict().equals(ImageReport.MANIPULATED)) {
			s.append(
					"Khuyến nghị: không chuyển tiền, không trả lời kẻ tống tiền; lưu lại tin nhắn và báo cho công an.\n");
		}
		s.append("SHA-256: ").append(r.sha256());
		return s.toString();
	}

}
