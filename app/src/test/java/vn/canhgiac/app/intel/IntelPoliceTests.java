package vn.canhgiac.app.intel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.canhgiac.app.accounts.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Police pages: a public blacklist entry needs two officers, a reason each time, and
 * every step is in the audit trail; staff cannot reach these pages; a check shows what
 * intel knows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntelPoliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IntelManagement intel;

	@Autowired
	ApplicationEventPublisher events;

	private long reportedTelegram(String handle) {
		UUID caseId = UUID.randomUUID();
		this.events.publishEvent(new IndicatorsObserved(IndicatorsObserved.Source.REPORT, UUID.randomUUID(), caseId,
				List.of(new ObservedIndicator("telegram", handle)), Instant.now()));
		return this.intel.search(handle, null, "telegram", 1).get(0).id();
	}

	private String statusOf(long id) {
		return this.jdbc.sql("select status from intel_indicator where id = ?").param(id).query(String.class).single();
	}

	@Test
	void confirmationNeedsASecondOfficerAndAReasonAndIsAudited() throws Exception {
		long id = reportedTelegram("@tong_tien_" + Long.toHexString(System.nanoTime()));
		MockHttpSession police = DemoLogins.login(this.mvc, this.jdbc, "police");
		this.mvc.perform(get("/intel/indicators/" + id).session(police))
			.andExpect(status().isOk())
			.andExpect((r) -> assertThat(r.getResponse().getContentAsString()).contains("Đề nghị xác nhận lừa đảo"));
		this.mvc.perform(post("/intel/indicators/" + id + "/propose").param("reason", " ").session(police).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect((r) -> assertThat(r.getFlashMap().get("error")).isEqualTo("Hãy ghi lý do."));
		assertThat(this.intel.indicator(id).orElseThrow().proposedBy()).isNull();
		this.mvc
			.perform(post("/intel/indicators/" + id + "/propose").param("reason", "Tài khoản trong thư tống tiền")
				.session(police)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/intel/indicators/" + id + "/confirm").param("reason", "Tự xác nhận")
				.session(police)
				.with(csrf()))
			.andExpect((r) -> assertThat(r.getFlashMap().get("error")).asString().contains("cán bộ thứ hai"));
		assertThat(statusOf(id)).isEqualTo("reported");
		MockHttpSession admin = DemoLogins.login(this.mvc, this.jdbc, "policeadmin");
		String page = this.mvc.perform(get("/intel/indicators/" + id).session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Một cán bộ khác đã đề nghị xác nhận");
		this.mvc
			.perform(post("/intel/indicators/" + id + "/confirm").param("reason", "Đã đối chiếu hồ sơ")
				.session(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("confirmed");
		List<String> actions = this.jdbc
			.sql("select action from audit_entry where object_type = 'indicator' and object_id = ? order by seq")
			.param(Long.toString(id))
			.query(String.class)
			.list();
		assertThat(actions).containsExactly("intel.indicator.propose-confirm", "intel.indicator.confirm");
		String details = this.jdbc
			.sql("select string_agg(details, ' ') from audit_entry where object_type = 'indicator' and object_id = ?")
			.param(Long.toString(id))
			.query(String.class)
			.single();
		assertThat(details).as("the audit names the object, not the value").doesNotContain("tong_tien");
	}

	@Test
	void staffCannotReachPolicePages() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		this.mvc.perform(get("/intel/indicators").session(staff)).andExpect(status().isForbidden());
		this.mvc.perform(get("/intel/campaigns").session(staff)).andExpect(status().isForbidden());
		this.mvc.perform(get("/intel/campaigns")).andExpect(status().is3xxRedirection());
	}

	@Test
	void campaignPagesListAndDrawTheLinks() throws Exception {
		String handle = "@chien_dich_" + Long.toHexString(System.nanoTime());
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		for (UUID caseId : List.of(first, second)) {
			this.events.publishEvent(new IndicatorsObserved(IndicatorsObserved.Source.CASE, caseId, caseId,
					List.of(new ObservedIndicator("telegram", handle)), Instant.now()));
		}
		UUID campaign = this.intel.campaignOf(first).orElseThrow();
		MockHttpSession police = DemoLogins.login(this.mvc, this.jdbc, "police");
		String list = this.mvc.perform(get("/intel/campaigns").session(police))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("/intel/campaigns/" + campaign);
		String page = this.mvc.perform(get("/intel/campaigns/" + campaign).session(police))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<svg")
			.contains("/cases/" + first)
			.contains("/cases/" + second)
			.contains(handle)
			.doesNotContain("<script>")
			.doesNotContain("style=");
	}

	@Test
	void aCheckShowsTheLookupVerdictAndReportCountAndIsRecorded() throws Exception {
		String phone = "0913" + (100_000 + new java.util.Random().nextInt(899_999));
		this.events.publishEvent(new IndicatorsObserved(IndicatorsObserved.Source.REPORT, UUID.randomUUID(), null,
				List.of(new ObservedIndicator("phone", phone)), Instant.now()));
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		String location = this.mvc
			.perform(post("/checks/text")
				.param("text",
						"Chúng tôi có ảnh nhạy cảm của anh. Gọi ngay " + phone
								+ " và chuyển 50 triệu trong 48 giờ, nếu không sẽ gửi cho cơ quan.")
				.session(staff)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = this.mvc.perform(get(location).session(staff)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Đã bị báo cáo lừa đảo").contains("Đã thấy trong 1 báo cáo");
		long checkSightings = this.jdbc.sql("""
				select count(*) from intel_sighting s join intel_indicator i on i.id = s.indicator_id
				where i.type = 'phone' and i.value = ? and s.source = 'CHECK'""")
			.param("+84" + phone.substring(1))
			.query(Long.class)
			.single();
		assertThat(checkSightings).isEqualTo(1);
		long fingerprints = this.jdbc.sql("""
				select count(*) from intel_sighting s join intel_indicator i on i.id = s.indicator_id
				where i.type = 'text_fingerprint' and s.source = 'CHECK' and s.source_id = ?::uuid""")
			.param(location.substring(location.lastIndexOf('/') + 1))
			.query(Long.class)
			.single();
		assertThat(fingerprints).isEqualTo(1);
	}

	@Test
	void policeAdministratorsImportAFeedWithADryRunFirst() throws Exception {
		byte[] feed = "# test feed\nvay-tien-uitest.xyz\nwww.vay-tien-uitest.xyz\nnot a domain !!\n"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		org.springframework.mock.web.MockMultipartFile file = new org.springframework.mock.web.MockMultipartFile("file",
				"feed.txt", "text/plain", feed);
		MockHttpSession officer = DemoLogins.login(this.mvc, this.jdbc, "police");
		this.mvc.perform(get("/intel/import").session(officer)).andExpect(status().isForbidden());
		MockHttpSession admin = DemoLogins.login(this.mvc, this.jdbc, "policeadmin");
		String dry = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/intel/import")
				.file(file)
				.param("format", "chongluadao")
				.param("source", "ui-test")
				.param("dryRun", "true")
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dry).contains("Kết quả chạy thử").contains("Giá trị mới: 1").contains("Dòng 4:");
		assertThat(this.intel.lookup("vay-tien-uitest.xyz").verdict()).isEqualTo("unknown");
		String real = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/intel/import")
				.file(file)
				.param("format", "chongluadao")
				.param("source", "ui-test")
				.session(admin)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(real).contains("Đã nhập").contains("Giá trị mới: 1");
		assertThat(this.intel.lookup("vay-tien-uitest.xyz").verdict()).isEqualTo("reported_scam");
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'intel.feed.import' and object_id = 'ui-test'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
