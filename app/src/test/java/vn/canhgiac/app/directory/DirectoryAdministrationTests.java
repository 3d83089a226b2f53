package vn.canhgiac.app.directory;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.canhgiac.app.accounts.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class DirectoryAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryManagement directory;

	@Test
	void demoAreaIsLoaded() {
		assertThat(this.directory.peopleCount()).isGreaterThanOrEqualTo(200);
		assertThat(this.directory.stations()).hasSizeBetween(3, 4);
		assertThat(this.directory.units().stream().filter((u) -> u.kind().isCommuneLevel())).hasSize(10);
	}

	@Test
	void victimIsRoutedToTheStationServingTheirCommune() {
		long office = this.directory.unitByCode("UBND-AH-VP").orElseThrow().id();
		assertThat(this.directory.stationFor(office)).get()
			.extracting(PoliceStation::name)
			.isEqualTo("Công an phường An Hòa");
		long clinic = this.directory.unitByCode("TYT-TL").orElseThrow().id();
		assertThat(this.directory.stationFor(clinic)).get()
			.extracting(PoliceStation::name)
			.isEqualTo("Công an phường Thành Công");
	}

	@Test
	void csvImportWithOneBadRowImportsNothingAndNamesTheRow() throws Exception {
		long before = this.directory.peopleCount();
		String csv = """
				full_name,unit_code,position,email,phone
				Đào Thị Hoa,UBND-AH-VP,Chuyên viên,hoa.dao.import@example.test,0912345678
				Lương Văn Minh,NO-SUCH-UNIT,Chuyên viên,minh.luong@example.test,0912345679
				Vi Thị Lan,UBND-AH,Văn thư,not-an-email,123
				""";
		String page = upload(loginAs("unitadmin"), csv);
		assertThat(page).contains("Không nhập dòng nào")
			.contains("NO-SUCH-UNIT")
			.contains("Email không hợp lệ")
			.contains("Số điện thoại không hợp lệ");
		assertThat(this.directory.peopleCount()).isEqualTo(before);
	}

	@Test
	void unitAdminMayImportOnlyIntoTheirOwnUnits() throws Exception {
		long before = this.directory.peopleCount();
		String csv = "full_name,unit_code\nTrịnh Văn Nam,SYT\n";
		assertThat(upload(loginAs("unitadmin"), csv)).contains("Bạn không quản lý đơn vị");
		assertThat(this.directory.peopleCount()).isEqualTo(before);
	}

	@Test
	void validCsvImportsEveryRowWithVietnameseHeadersAndBom() throws Exception {
		long before = this.directory.peopleCount();
		String csv = "\uFEFFho_ten,ma_don_vi,chuc_vu,email,dien_thoai\n"
				+ "Mạc Thị Quỳnh,UBND-AH-VP,Chuyên viên,quynh.mac.import@example.test,0987 654 321\n"
				+ "\"Tạ Văn Đông, Jr\",UBND-AH,Văn thư,,\n";
		assertThat(upload(loginAs("unitadmin"), csv)).contains("Đã nhập 2 cán bộ.");
		assertThat(this.directory.peopleCount()).isEqualTo(before + 2);
		long office = this.directory.unitByCode("UBND-AH-VP").orElseThrow().id();
		assertThat(this.directory.peopleIn(office)).anySatisfy((p) -> {
			assertThat(p.fullName()).isEqualTo("Mạc Thị Quỳnh");
			assertThat(p.phone()).isEqualTo("+84987654321");
		});
	}

	@Test
	void nonUtf8AndEmptyFilesGetAClearMessage() throws Exception {
		MockHttpSession admin = loginAs("unitadmin");
		byte[] latin1 = "full_name,unit_code\nL\u00EA Th\u1ECB H\u00F2a,UBND-AH\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(uploadBytes(admin, latin1)).contains("không phải UTF-8");
		assertThat(uploadBytes(admin, new byte[0])).contains("Tệp trống");
	}

	@Test
	void unitAdminCannotOpenAnotherUnit() throws Exception {
		long health = this.directory.unitByCode("SYT").orElseThrow().id();
		long own = this.directory.unitByCode("UBND-AH-VP").orElseThrow().id();
		MockHttpSession admin = loginAs("unitadmin");
		this.mvc.perform(get("/admin/units/" + health).session(admin)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/units/" + own).session(admin)).andExpect(status().isOk());
	}

	@Test
	void personFormValidatesAndSaves() throws Exception {
		long own = this.directory.unitByCode("UBND-AH").orElseThrow().id();
		MockHttpSession admin = loginAs("unitadmin");
		String invalid = this.mvc
			.perform(post("/admin/units/" + own + "/people/new").session(admin)
				.with(csrf())
				.param("unitId", Long.toString(own))
				.param("fullName", "<script>alert(1)</script>")
				.param("email", "bad")
				.param("phone", "12"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(invalid).contains("Email không hợp lệ")
			.contains("Số điện thoại không hợp lệ")
			.doesNotContain("<script>alert(1)</script>");
		this.mvc
			.perform(post("/admin/units/" + own + "/people/new").session(admin)
				.with(csrf())
				.param("unitId", Long.toString(own))
				.param("fullName", "Kiều Thị Nga")
				.param("email", "nga.kieu.form@example.test")
				.param("phone", "0912 000 111")
				.param("active", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.directory.peopleIn(own)).anyMatch((p) -> p.fullName().equals("Kiều Thị Nga"));
	}

	String upload(MockHttpSession session, String csv) throws Exception {
		return uploadBytes(session, csv.getBytes(StandardCharsets.UTF_8));
	}

	String uploadBytes(MockHttpSession session, byte[] bytes) throws Exception {
		return this.mvc
			.perform(multipart("/admin/people/import")
				.file(new MockMultipartFile("file", "people.csv", "text/csv", bytes))
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	MockHttpSession loginAs(String username) throws Exception {
		return DemoLogins.login(this.mvc, this.jdbc, username);
	}

}
