package vn.canhgiac.engine.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFingerprintTests {

	private static final String LETTER = """
			Gửi ông Nguyễn Văn An, chúng tôi đang giữ những hình ảnh nhạy cảm của ông tại khách sạn.
			Nếu không muốn những hình ảnh này bị gửi đến cơ quan và gia đình, ông hãy chuyển 150 triệu
			vào ví USDT dưới đây trong vòng 48 giờ. Liên hệ Telegram để được hướng dẫn. Đừng báo công an.
			""";

	@Test
	void fingerprintIsSixteenHexDigits() {
		assertThat(TextFingerprint.simHash64(LETTER)).matches("[0-9a-f]{16}");
		assertThat(TextFingerprint.simHash64("")).isEqualTo("0000000000000000");
	}

	@Test
	void sameTemplateWithOtherNameSumAndDiacriticsIsNear() {
		String copy = """
				Gui ong Tran Van Binh, chung toi dang giu nhung hinh anh nhay cam cua ong tai khach san.
				Neu khong muon nhung hinh anh nay bi gui den co quan va gia dinh, ong hay chuyen 200 trieu
				vao vi USDT duoi day trong vong 72 gio. Lien he Telegram de duoc huong dan. Dung bao cong an.
				""";
		assertThat(TextFingerprint.distance(TextFingerprint.simHash64(LETTER), TextFingerprint.simHash64(copy)))
			.isLessThanOrEqualTo(TextFingerprint.NEAR_DUPLICATE_BITS);
	}

	@Test
	void unrelatedTextIsFar() {
		String other = """
				Kính gửi các đồng chí, Ủy ban nhân dân xã thông báo lịch họp giao ban tuần tới được dời sang
				chiều thứ năm tại hội trường tầng hai. Đề nghị các phòng ban chuẩn bị báo cáo tiến độ công việc
				và nộp về văn phòng trước ngày thứ ba.
				""";
		assertThat(TextFingerprint.distance(TextFingerprint.simHash64(LETTER), TextFingerprint.simHash64(other)))
			.isGreaterThan(TextFingerprint.NEAR_DUPLICATE_BITS);
	}

	@Test
	void deterministic() {
		assertThat(TextFingerprint.simHash64(LETTER)).isEqualTo(TextFingerprint.simHash64(LETTER));
		assertThat(TextFingerprint.simHash64("Xin chào")).isEqualTo(TextFingerprint.simHash64("XIN CHÀO"));
	}

}
