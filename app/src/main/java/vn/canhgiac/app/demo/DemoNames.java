package vn.canhgiac.app.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fictional Vietnamese names, drawn with a fixed seed so every demo installation is the
 * same.
 */
final class DemoNames {

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
			"Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");

	private static final List<String> MIDDLE_MALE = List.of("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công");

	private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Hồng");

	private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hùng",
			"Khánh", "Long", "Nam", "Phúc", "Quân", "Quang", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Đạt", "Kiên");

	private static final List<String> GIVEN_FEMALE = List.of("Anh", "Chi", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh",
			"Mai", "Nga", "Ngọc", "Phương", "Thảo", "Thủy", "Trang", "Yến", "Vân", "Nhung", "Hằng", "Dung");

	static final List<String> POSITIONS = List.of("Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Cán sự",
			"Văn thư", "Kế toán", "Phó Trưởng phòng", "Trưởng phòng", "Công chức địa chính", "Công chức tư pháp",
			"Công chức văn hoá - xã hội", "Nhân viên");

	private final Random random = new Random(20251128L);

	String next() {
		boolean female = this.random.nextBoolean();
		return pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
				+ pick(female ? GIVEN_FEMALE : GIVEN_MALE);
	}

	String position() {
		return pick(POSITIONS);
	}

	String phone() {
		List<String> prefixes = List.of("090", "091", "093", "097", "098", "086", "088", "070", "083");
		return pick(prefixes) + String.format("%07d", this.random.nextInt(10_000_000));
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/**
	 * {@code Nguyễn Văn An}, 17 → {@code an.nguyenvan17}: ASCII, no diacritics, unique.
	 */
	static String emailLocalPart(String fullName, int serial) {
		String ascii = Normalizer.normalize(fullName.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
		String[] parts = ascii.split("\\s+");
		String given = parts[parts.length - 1];
		StringBuilder rest = new StringBuilder();
		for (int i = 0; i < parts.length - 1; i++) {
			rest.append(parts[i]);
		}
		return given + "." + rest + serial;
	}

}
