package vn.canhgiac.engine.files;

import java.util.ArrayList;
import java.util.List;

import vn.canhgiac.engine.Advice;

/**
 * What to do, in the words of the directive: stay calm, do not open or run, do not pay,
 * do not give personal data, contact the police.
 */
final class FileAdvice {

	private FileAdvice() {
	}

	static List<Advice> forVerdict(String verdict, String category) {
		List<Advice> advice = new ArrayList<>();
		if (verdict.equals(FileReport.NO_SIGNS)) {
			advice.add(new Advice("open_only_from_known_senders",
					"Chưa thấy dấu hiệu nguy hiểm, nhưng vẫn chỉ mở tệp từ người gửi bạn biết rõ.",
					"No signs of danger were found, but only open files from senders you know."));
			return advice;
		}
		advice.add(new Advice("stay_calm", "Bình tĩnh, không làm theo yêu cầu trong tệp/thư.",
				"Stay calm and do not follow the instructions in the file or message."));
		boolean fileThreat = category.equals("malware") || category.equals("archive_evasion")
				|| category.equals("phishing");
		if (fileThreat) {
			advice.add(new Advice("do_not_open",
					"Không mở, không chạy, không cài đặt tệp này và không bật macro/nội dung.",
					"Do not open, run or install this file and do not enable macros or content."));
		}
		if (category.equals("malware") || category.equals("archive_evasion")) {
			advice.add(new Advice("install_only_from_stores",
					"Không cài ứng dụng (APK) từ đường link hay tệp người lạ gửi; chỉ cài từ kho ứng dụng chính thức.",
					"Do not install apps (APK) from links or files strangers send; use the official app stores only."));
		}
		advice.add(new Advice("do_not_pay",
				"Không chuyển tiền, không cung cấp mã OTP, mật khẩu hay thông tin cá nhân theo yêu cầu trong tệp/thư.",
				"Do not pay and do not give OTP codes, passwords or personal data as the file or mail asks."));
		advice.add(new Advice("report_to_police",
				"Giữ nguyên tệp làm chứng cứ và báo ngay cho bộ phận CNTT hoặc Công an xã/phường nơi gần nhất.",
				"Keep the file as evidence and report it to your IT staff or the nearest police station."));
		return advice;
	}

}
