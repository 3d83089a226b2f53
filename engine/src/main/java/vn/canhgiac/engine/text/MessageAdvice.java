package vn.canhgiac.engine.text;

import java.util.ArrayList;
import java.util.List;

import vn.canhgiac.engine.Advice;

/**
 * The directive's advice: stay calm, do not follow instructions, do not pay, do not share
 * personal data or OTP codes, report to the police — with a line for the scheme at hand.
 */
final class MessageAdvice {

	private static final Advice STAY_CALM = new Advice("stay_calm",
			"Bình tĩnh, không làm theo bất kỳ hướng dẫn nào trong tin nhắn.",
			"Stay calm and do not follow any instruction in the message.");

	private static final Advice DO_NOT_PAY = new Advice("do_not_pay",
			"Không chuyển tiền, không nạp tiền, không trả \"phí\" dưới bất kỳ hình thức nào.",
			"Do not transfer, deposit or pay any \"fee\" in any form.");

	private static final Advice DO_NOT_SHARE = new Advice("do_not_share",
			"Không cung cấp mã OTP, mật khẩu, số thẻ, ảnh căn cước hay thông tin cá nhân.",
			"Do not share OTP codes, passwords, card numbers, ID photos or personal data.");

	private static final Advice REPORT = new Advice("report_police",
			"Giữ lại tin nhắn làm bằng chứng và báo ngay cho Công an xã/phường nơi gần nhất và cơ quan, đơn vị.",
			"Keep the message as evidence and report it to the nearest police station and your agency.");

	private static final Advice EXTORTION = new Advice("extortion_do_not_pay",
			"Ảnh/clip có thể là ảnh cắt ghép. Trả tiền một lần sẽ bị đòi tiếp — hãy báo cơ quan và công an.",
			"The photos may be composites. Paying once brings more demands: tell your agency and the police.");

	private static final Advice AUTHORITY = new Advice("authorities_do_not_call",
			"Công an, Viện kiểm sát, Tòa án không làm việc qua điện thoại, Zalo và không yêu cầu chuyển tiền.",
			"Police, procuracy and courts do not handle cases by phone or Zalo and never ask for money.");

	private static final Advice LINKS = new Advice("do_not_open_links",
			"Không bấm vào đường link, không cài ứng dụng được gửi kèm.",
			"Do not open the links or install the apps sent with it.");

	private static final Advice NO_PROOF = new Advice("no_signs_is_not_proof",
			"Không thấy dấu hiệu lừa đảo không có nghĩa là an toàn; nếu nghi ngờ, hỏi lại qua kênh chính thức.",
			"No signs found does not mean safe; if in doubt, check through an official channel.");

	private MessageAdvice() {
	}

	static List<Advice> forVerdict(MessageVerdict verdict, String category, boolean links) {
		if (verdict == MessageVerdict.NO_SIGNS) {
			return List.of(NO_PROOF);
		}
		List<Advice> advice = new ArrayList<>(List.of(STAY_CALM, DO_NOT_PAY, DO_NOT_SHARE));
		if (category.equals("extortion")) {
			advice.add(EXTORTION);
		}
		if (category.equals("authority_impersonation")) {
			advice.add(AUTHORITY);
		}
		if (links) {
			advice.add(LINKS);
		}
		advice.add(REPORT);
		return List.copyOf(advice);
	}

}
