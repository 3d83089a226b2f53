package vn.canhgiac.engine.files;

import java.util.ArrayList;
import java.util.List;

/**
 * What to do, in the words of the directive: stay calm, do not open or run, do not pay,
 * do not give personal data, contact the police.
 */
final class Advice {

	private Advice() {
	}

	static List<String> forVerdict(String verdict, String category) {
		List<String> advice = new ArrayList<>();
		if (verdict.equals(FileReport.NO_SIGNS)) {
			advice.add("Chưa thấy dấu hiệu nguy hiểm, nhưng vẫn chỉ mở tệp từ người gửi bạn biết rõ.");
			return advice;
		}
		advice.add("Bình tĩnh. Không mở, không chạy, không cài đặt tệp này và không bật macro/nội dung.");
		if (category.equals("malware") || category.equals("archive_evasion")) {
			advice.add(
					"Không cài ứng dụng (APK) từ đường link hay tệp người lạ gửi; chỉ cài từ kho ứng dụng chính thức.");
		}
		advice.add(
				"Không chuyển tiền, không cung cấp mã OTP, mật khẩu hay thông tin cá nhân theo yêu cầu trong tệp/thư.");
		advice.add("Giữ nguyên tệp làm chứng cứ và báo ngay cho bộ phận CNTT hoặc Công an xã/phường nơi gần nhất.");
		return advice;
	}

}
