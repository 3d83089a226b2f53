package vn.canhgiac.app.checks.mail;

import java.util.List;

import vn.canhgiac.app.checks.ContentCheck;

/**
 * The plain-text reply to a forwarded e-mail, in Vietnamese first and English second.
 */
final class ReplyText {

	private ReplyText() {
	}

	static String subject(ContentCheck check) {
		return "[Cảnh Giác] " + verdictVi(check.verdict()) + " / " + verdictEn(check.verdict());
	}

	static String body(ContentCheck check, String portalUrl) {
		String link = portalUrl.replaceAll("/+$", "") + "/checks/" + check.id();
		List<String> lines = List.of("Kết quả kiểm tra email bạn chuyển tiếp: " + verdictVi(check.verdict()) + ".", "",
				adviceVi(check.verdict()), "",
				"Không bấm đường link, không mở tệp đính kèm, không trả lời người gửi, không chuyển tiền.",
				"Giữ nguyên email làm bằng chứng. Xem chi tiết và lý do: " + link, "",
				"Nếu bị đe doạ hoặc đã chuyển tiền: báo ngay cho công an xã, phường nơi bạn ở (khẩn cấp: 113).", "",
				"—", "Result of the e-mail you forwarded: " + verdictEn(check.verdict()) + ".",
				"Do not click its links, open its attachments, reply or pay. Details: " + link);
		return String.join("\n", lines) + "\n";
	}

	static String failedBody(String reasonVi, String reasonEn) {
		return "Không kiểm tra được email bạn chuyển tiếp: " + reasonVi + "\n"
				+ "Đừng mở tệp đính kèm. Hãy tải email lên cổng Cảnh Giác hoặc mang đến công an.\n\n—\n"
				+ "The e-mail you forwarded could not be checked: " + reasonEn + "\n";
	}

	private static String verdictVi(String verdict) {
		return switch (verdict == null ? "" : verdict) {
			case "dangerous" -> "NGUY HIỂM";
			case "scam" -> "LỪA ĐẢO";
			case "suspicious" -> "ĐÁNG NGỜ";
			default -> "chưa thấy dấu hiệu lừa đảo";
		};
	}

	private static String verdictEn(String verdict) {
		return switch (verdict == null ? "" : verdict) {
			case "dangerous" -> "DANGEROUS";
			case "scam" -> "SCAM";
			case "suspicious" -> "SUSPICIOUS";
			default -> "no signs of a scam found";
		};
	}

	private static String adviceVi(String verdict) {
		return switch (verdict == null ? "" : verdict) {
			case "dangerous", "scam" ->
				"Đây là email lừa đảo hoặc độc hại. Hãy xoá khỏi hộp thư sau khi đã lưu làm bằng chứng.";
			case "suspicious" ->
				"Email có dấu hiệu đáng ngờ. Hãy xác minh với người gửi qua kênh chính thức (số điện thoại bạn tự tra).";
			default ->
				"Hệ thống chưa thấy dấu hiệu lừa đảo, nhưng vẫn hãy cẩn trọng với yêu cầu chuyển tiền hoặc mã OTP.";
		};
	}

}
