package vn.canhgiac.engine.url;

import java.util.List;

import vn.canhgiac.engine.Advice;

/**
 * What to tell the person who received the link.
 */
final class UrlAdvice {

	private static final Advice DO_NOT_OPEN = new Advice("do_not_open",
			"Không mở link, không đăng nhập, không nhập mã OTP hay thông tin cá nhân vào trang này.",
			"Do not open the link, log in, or enter OTP codes or personal data on this page.");

	private static final Advice DO_NOT_INSTALL = new Advice("do_not_install",
			"Không cài ứng dụng từ link; chỉ cài từ Google Play hoặc App Store.",
			"Do not install apps from links; use Google Play or the App Store only.");

	private static final Advice USE_OFFICIAL = new Advice("use_official_channel",
			"Tự gõ địa chỉ trang chính thức hoặc gọi tổng đài in trên thẻ/hóa đơn để kiểm tra.",
			"Type the official address yourself or call the hotline printed on your card or bill to check.");

	private static final Advice REPORT = new Advice("report_police",
			"Báo cho Công an xã/phường nơi gần nhất và cơ quan, đơn vị của bạn.",
			"Report it to the nearest police station and to your agency.");

	private static final Advice NO_PROOF = new Advice("no_signs_is_not_proof",
			"Không thấy dấu hiệu không có nghĩa là an toàn; nếu link đến từ người lạ, vẫn nên thận trọng.",
			"No signs found does not mean safe; be careful with links from strangers.");

	private UrlAdvice() {
	}

	static List<Advice> forVerdict(UrlVerdict verdict, boolean download) {
		return switch (verdict) {
			case DANGEROUS -> download ? List.of(DO_NOT_OPEN, DO_NOT_INSTALL, REPORT) : List.of(DO_NOT_OPEN, REPORT);
			case SUSPICIOUS ->
				download ? List.of(DO_NOT_OPEN, DO_NOT_INSTALL, USE_OFFICIAL) : List.of(DO_NOT_OPEN, USE_OFFICIAL);
			case NO_SIGNS -> List.of(NO_PROOF, USE_OFFICIAL);
		};
	}

}
