package vn.canhgiac.app.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.accounts.Role;
import vn.canhgiac.app.accounts.TwoFactorManagement;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.UnitKind;
import vn.canhgiac.app.platform.CanhGiacProperties;

/**
 * Seeds "Tỉnh Hòa Vinh", a fictional province, on the first start in demo mode: 10
 * communes and wards, 15 agencies, about 200 staff, 4 commune police stations and the
 * five demo accounts. Nothing is seeded in production mode, nor into a database that
 * already has units.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String EMAIL_DOMAIN = "hoavinh.gov.vn.test";

	private static final int STAFF = 200;

	/**
	 * The police administrator's published TOTP secret (README: "Demo TOTP secret
	 * (policeadmin)"): police administrators handle the most sensitive data, so the demo
	 * shows them with two-step login on.
	 */
	static final String POLICE_ADMIN_TOTP_SECRET = "7CE7FTOK7SP3WDJTS4HV66VOHWDHD6IU";

	private final CanhGiacProperties properties;

	private final DirectoryManagement directory;

	private final AccountManagement accounts;

	private final TwoFactorManagement twoFactor;

	private final TransactionTemplate transaction;

	DemoData(CanhGiacProperties properties, DirectoryManagement directory, AccountManagement accounts,
			TwoFactorManagement twoFactor, TransactionTemplate transaction) {
		this.properties = properties;
		this.directory = directory;
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.isDemo() || !this.directory.isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> seed());
		log.info("Demo data loaded: {} people, accounts {}", this.directory.peopleCount(), this.accounts.usernames());
	}

	private void seed() {
		DirectoryManagement d = this.directory;
		long province = d.createUnit(null, "HV", "Tỉnh Hòa Vinh", UnitKind.PROVINCE);
		Map<String, Long> communes = new LinkedHashMap<>();
		String[][] communeNames = { { "P-AH", "Phường An Hòa", "WARD" }, { "P-BM", "Phường Bình Minh", "WARD" },
				{ "P-TC", "Phường Thành Công", "WARD" }, { "P-HH", "Phường Hồng Hà", "WARD" },
				{ "X-TL", "Xã Tân Lập", "COMMUNE" }, { "X-HB", "Xã Hòa Bình", "COMMUNE" },
				{ "X-PX", "Xã Phú Xuân", "COMMUNE" }, { "X-DS", "Xã Đông Sơn", "COMMUNE" },
				{ "X-TB", "Xã Thạch Bàn", "COMMUNE" }, { "X-NL", "Xã Ngọc Lâm", "COMMUNE" } };
		for (String[] c : communeNames) {
			communes.put(c[0], d.createUnit(province, c[0], c[1], UnitKind.valueOf(c[2])));
		}
		List<Long> agencies = new ArrayList<>();
		long office = d.createUnit(province, "VP-UBND", "Văn phòng UBND tỉnh", UnitKind.AGENCY);
		agencies.add(office);
		long homeAffairs = d.createUnit(province, "SNV", "Sở Nội vụ", UnitKind.AGENCY);
		agencies.add(homeAffairs);
		agencies.add(d.createUnit(homeAffairs, "SNV-TCCB", "Phòng Tổ chức cán bộ", UnitKind.DEPARTMENT));
		long finance = d.createUnit(province, "STC", "Sở Tài chính", UnitKind.AGENCY);
		agencies.add(finance);
		agencies.add(d.createUnit(finance, "STC-KHTC", "Phòng Kế hoạch - Tài chính", UnitKind.DEPARTMENT));
		agencies.add(d.createUnit(province, "SYT", "Sở Y tế", UnitKind.AGENCY));
		agencies.add(d.createUnit(province, "SGDDT", "Sở Giáo dục và Đào tạo", UnitKind.AGENCY));
		agencies.add(d.createUnit(province, "TTT", "Thanh tra tỉnh", UnitKind.AGENCY));
		long anHoa = d.createUnit(communes.get("P-AH"), "UBND-AH", "UBND phường An Hòa", UnitKind.AGENCY);
		agencies.add(anHoa);
		long anHoaOffice = d.createUnit(anHoa, "UBND-AH-VP", "Văn phòng HĐND và UBND phường An Hòa",
				UnitKind.DEPARTMENT);
		agencies.add(anHoaOffice);
		agencies.add(d.createUnit(communes.get("P-BM"), "UBND-BM", "UBND phường Bình Minh", UnitKind.AGENCY));
		agencies.add(d.createUnit(communes.get("P-TC"), "UBND-TC", "UBND phường Thành Công", UnitKind.AGENCY));
		agencies.add(d.createUnit(communes.get("X-TL"), "UBND-TL", "UBND xã Tân Lập", UnitKind.AGENCY));
		agencies.add(d.createUnit(communes.get("X-HB"), "UBND-HB", "UBND xã Hòa Bình", UnitKind.AGENCY));
		agencies.add(d.createUnit(communes.get("X-PX"), "UBND-PX", "UBND xã Phú Xuân", UnitKind.AGENCY));
		agencies.add(d.createUnit(communes.get("P-AH"), "THCS-AH", "Trường THCS An Hòa", UnitKind.AGENCY));
		agencies.add(d.createUnit(communes.get("X-TL"), "TYT-TL", "Trạm Y tế xã Tân Lập", UnitKind.AGENCY));

		long provincePolice = d.createUnit(province, "CAT", "Công an tỉnh Hòa Vinh", UnitKind.POLICE);
		long cyber = d.createUnit(provincePolice, "CAT-ANM", "Phòng An ninh mạng và phòng chống tội phạm công nghệ cao",
				UnitKind.DEPARTMENT);
		long anHoaPolice = station(communes.get("P-AH"), "CA-AH", "Công an phường An Hòa", "12 Lê Lợi, phường An Hòa",
				"02393822113", 18.6796, 105.6813,
				List.of(communes.get("P-AH"), communes.get("P-BM"), communes.get("P-HH")));
		long thanhCongPolice = station(communes.get("P-TC"), "CA-TC", "Công an phường Thành Công",
				"45 Trần Phú, phường Thành Công", "02393844113", 18.6902, 105.6921,
				List.of(communes.get("P-TC"), communes.get("X-TL")));
		station(communes.get("X-HB"), "CA-HB", "Công an xã Hòa Bình", "Thôn Trung, xã Hòa Bình", "02393866113", 18.7311,
				105.6012, List.of(communes.get("X-HB"), communes.get("X-PX"), communes.get("X-DS")));
		station(communes.get("X-TB"), "CA-TB", "Công an xã Thạch Bàn", "Thôn Bắc, xã Thạch Bàn", "02393888113", 18.6403,
				105.7412, List.of(communes.get("X-TB"), communes.get("X-NL")));

		DemoNames names = new DemoNames();
		for (int i = 1; i <= STAFF; i++) {
			String name = names.next();
			long unit = names.pick(agencies);
			d.addPerson(unit, name, names.position(), DemoNames.emailLocalPart(name, i) + "@" + EMAIL_DOMAIN,
					names.phone());
		}

		String password = this.properties.demoPassword();
		account("staff", "Nguyễn Văn An", "Chuyên viên", anHoaOffice, password, EnumSet.of(Role.STAFF));
		account("unitadmin", "Trần Thị Bích", "Chánh Văn phòng", anHoa, password,
				EnumSet.of(Role.STAFF, Role.UNIT_ADMIN));
		account("police", "Lê Minh Tuấn", "Cán bộ điều tra", anHoaPolice, password, EnumSet.of(Role.POLICE_OFFICER));
		account("policeadmin", "Phạm Quốc Hưng", "Trưởng phòng", cyber, password,
				EnumSet.of(Role.POLICE_OFFICER, Role.POLICE_ADMIN));
		account("leader", "Hoàng Thị Mai", "Phó Chủ tịch UBND tỉnh", office, password, EnumSet.of(Role.LEADER));
		// A second officer and member of staff elsewhere, so that "not my station" and
		// "not my
		// report" can be seen (and are tested) in demo mode.
		account("police2", "Đỗ Văn Hải", "Cán bộ điều tra", thanhCongPolice, password, EnumSet.of(Role.POLICE_OFFICER));
		account("staff2", "Vũ Thị Lan", "Chuyên viên", agencies.get(3), password, EnumSet.of(Role.STAFF));
		this.twoFactor.enableWithKnownSecret("policeadmin", POLICE_ADMIN_TOTP_SECRET);
	}

	private long station(long commune, String code, String name, String address, String phone, double latitude,
			double longitude, List<Long> serves) {
		long unit = this.directory.createUnit(commune, code, name, UnitKind.POLICE);
		this.directory.addStation(unit, name, address, phone, latitude, longitude, serves);
		return unit;
	}

	private void account(String username, String fullName, String position, long unit, String password,
			EnumSet<Role> roles) {
		long person = this.directory.addPerson(unit, fullName, position, username + "@" + EMAIL_DOMAIN, null);
		this.accounts.createAccount(username, password, person, roles);
	}

}
