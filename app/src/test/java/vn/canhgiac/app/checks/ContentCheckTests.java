package vn.canhgiac.app.checks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.canhgiac.app.accounts.DemoLogins;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ContentCheckTests {

	static final String EXTORTION = "Chúng tôi có ảnh nhạy cảm của anh. Chuyển 50 triệu vào STK 0123456789 Vietcombank "
			+ "trong 48 giờ, nếu không sẽ gửi cho gia đình và cơ quan anh. Liên hệ Telegram @thamtu_tu";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CheckManagement checks;

	@Test
	void pastedExtortionMessageIsCalledAScamWithItsReasonsAndContacts() throws Exception {
		MockHttpSession staff = loginAs("staff");
		String location = submitText(staff, EXTORTION);
		String page = this.mvc.perform(get(location).session(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Đây là tin nhắn lừa đảo")
			.contains("@thamtu_tu")
			.contains("0123456789")
			.contains("Vietcombank")
			.contains("<mark")
			.contains("Công an phường An Hòa");
	}

	@Test
	void pastedLinkIsCheckedAsALinkWithoutBeingFetched() throws Exception {
		MockHttpSession staff = loginAs("staff");
		String page = this.mvc
			.perform(get(submitText(staff, "https://vietcombank.com.vn.xacminh-taikhoan.xyz/login")).session(staff))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Đường link").containsAnyOf("Nguy hiểm", "Nội dung đáng ngờ");
	}

	@Test
	void submittedLinksAreNeverFetchedByTheServer() throws Exception {
		java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
		com.sun.net.httpserver.HttpServer canary = com.sun.net.httpserver.HttpServer
			.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		canary.createContext("/", (exchange) -> {
			hits.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		canary.start();
		try {
			String link = "http://127.0.0.1:" + canary.getAddress().getPort() + "/dang-nhap?tk=vietcombank";
			MockHttpSession staff = loginAs("staff");
			submitText(staff, link);
			submitText(staff, "Tài khoản của bạn bị khoá, đăng nhập tại " + link + " để mở khoá ngay");
			String eml = "From: Vietcombank <no-reply@vcb-secure.xyz>\r\nTo: staff@hoavinh.gov.vn.test\r\n"
					+ "Subject: Xac minh\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + "<a href=\"" + link
					+ "\">https://vietcombank.com.vn</a><img src=\"" + link + "/pixel.png\">";
			this.checks.checkForwardedMail(eml.getBytes(StandardCharsets.UTF_8), accountId(staff));
			Thread.sleep(500);
			assertThat(hits.get()).as("requests the canary received").isZero();
		}
		finally {
			canary.stop(0);
		}
	}

	@Test
	void htmlInAMessageIsShownAsText() throws Exception {
		MockHttpSession staff = loginAs("staff");
		String page = this.mvc
			.perform(get(submitText(staff, "<script>alert('x')</script> trúng thưởng 100 triệu")).session(staff))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");
	}

	@Test
	void uploadedFileIsQueuedAndAnalysedInTheBackground() throws Exception {
		MockHttpSession staff = loginAs("staff");
		MockMultipartFile apk = new MockMultipartFile("file", "hoadon.pdf.exe", "application/pdf",
				new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 });
		String location = this.mvc.perform(multipart("/checks/file").file(apk).session(staff).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		long staffId = accountId(staff);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (this.checks.check(id, staffId).orElseThrow().status().pending() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		ContentCheck done = this.checks.check(id, staffId).orElseThrow();
		assertThat(done.status()).isEqualTo(CheckStatus.DONE);
		assertThat(done.verdict()).isEqualTo("dangerous");
		String page = this.mvc.perform(get(location).session(staff)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Nguy hiểm — đừng mở");
	}

	@Test
	void pictureCheckIsBlurredUntilTheOwnerConfirmsAndGivesAPdfReport() throws Exception {
		MockHttpSession staff = loginAs("staff");
		java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
		java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(320, 240,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = picture.createGraphics();
		g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.BLUE, 320, 240, java.awt.Color.ORANGE));
		g.fillRect(0, 0, 320, 240);
		g.dispose();
		javax.imageio.ImageIO.write(picture, "jpg", jpeg);
		String location = this.mvc
			.perform(multipart("/checks/image")
				.file(new MockMultipartFile("image", "anh.jpg", "image/jpeg", jpeg.toByteArray()))
				.session(staff)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (this.checks.check(id, accountId(staff)).orElseThrow().status().pending()
				&& System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		this.mvc.perform(get(location + "/picture").param("reveal", "true").session(staff))
			.andExpect(status().isForbidden());
		assertThat(this.mvc.perform(get(location).param("reveal", "1").session(staff))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).startsWith("/account/confirm?next=/checks/");
		this.mvc.perform(get(location + "/picture").session(staff)).andExpect(status().isOk());
		byte[] pdf = this.mvc.perform(get(location + "/report").session(staff))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(this.jdbc.sql("""
				select action from audit_entry a join content_check c on a.object_id = c.evidence_id::text
				where c.id = ? and a.actor_name = 'staff' order by seq""").param(id).query(String.class).list())
			.as("every view and download is in the audit trail")
			.contains("evidence.view-blurred", "evidence.download");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).containsIgnoringCase("Báo cáo kiểm tra ảnh").contains("Độc lập - Tự do - Hạnh phúc");
			assertThat(text.replaceAll("\\s", "")).contains(java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(jpeg.toByteArray())));
		}
	}

	/** A bank's voice and an unknown link: nothing to go on from the text alone. */
	static final String BANK_NOTICE = "Ngân hàng Sacombank thông báo: quý khách có một khoản hoàn tiền đang chờ xử lý, "
			+ "xem tại https://hoantien.site/kh";

	@Test
	void messageFromAnOrdinaryNumberGetsTheStrongerVerdictAndShowsItsSource() throws Exception {
		MockHttpSession staff = loginAs("staff");
		assertThat(page(staff, "/checks")).contains("Tin nhắn đến từ đâu?", "name=\"sender\"", "value=\"personal\"",
				"trạm phát sóng giả");
		String unknown = submitText(staff, BANK_NOTICE);
		String personal = submitText(staff, BANK_NOTICE, "personal");
		assertThat(verdict(unknown)).isEqualTo("no_signs");
		assertThat(verdict(personal)).isEqualTo("scam");
		assertThat(this.jdbc.sql("select sender from content_check where id = ?")
			.param(id(personal))
			.query(String.class)
			.single()).isEqualTo("PERSONAL");
		assertThat(page(staff, personal)).contains("Đây là tin nhắn lừa đảo", "Nguồn: số điện thoại thường");
		assertThat(page(staff, unknown)).doesNotContain("Nguồn:");

		// The queue works a check with the source it was stored with, whichever node
		// claims it.
		this.jdbc.sql("update content_check set status = 'QUEUED', verdict = null, report = null where id = ?")
			.param(id(personal))
			.update();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (this.checks.find(id(personal)).orElseThrow().status().pending() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(verdict(personal)).isEqualTo("scam");
	}

	@Test
	void anUnknownSourceWordIsRefusedAndNothingStored() throws Exception {
		MockHttpSession staff = loginAs("staff");
		// Counted among this text and this account only: other tests' background work
		// must not move the numbers.
		String sha256 = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(BANK_NOTICE.getBytes(StandardCharsets.UTF_8)));
		String checksOfStaff = "select count(*) from content_check where requested_by = " + accountId(staff);
		String evidenceOfText = "select count(*) from evidence_object where sha256 = '" + sha256 + "'";
		long checksBefore = count(checksOfStaff);
		long evidenceBefore = count(evidenceOfText);
		String page = this.mvc
			.perform(
					post("/checks/text").param("text", BANK_NOTICE).param("sender", "zalo").session(staff).with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Nguồn tin nhắn không hợp lệ");
		assertThat(count(checksOfStaff)).isEqualTo(checksBefore);
		assertThat(count(evidenceOfText)).isEqualTo(evidenceBefore);
	}

	private String verdict(String location) {
		return this.checks.find(id(location)).orElseThrow().verdict();
	}

	private static UUID id(String location) {
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private String page(MockHttpSession session, String location) throws Exception {
		return this.mvc.perform(get(location).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long count(String query) {
		return this.jdbc.sql(query).query(Long.class).single();
	}

	@Test
	void anotherUserCannotSeeMyCheck() throws Exception {
		String location = submitText(loginAs("staff"), "Bạn đã trúng thưởng iPhone, bấm vào link để nhận");
		this.mvc.perform(get(location).session(loginAs("unitadmin"))).andExpect(status().isNotFound());
		this.mvc.perform(get(location)).andExpect(status().is3xxRedirection());
	}

	@Test
	void emptyAndOversizedTextsGetAClearMessageAndStoreNothing() throws Exception {
		MockHttpSession staff = loginAs("staff");
		String empty = this.mvc.perform(post("/checks/text").param("text", "   ").session(staff).with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("Hãy dán tin nhắn");
		String huge = "a".repeat(CheckManagement.MAX_TEXT_CHARS + 1);
		String tooLong = this.mvc.perform(post("/checks/text").param("text", huge).session(staff).with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("quá dài");
	}

	@Test
	void uploadOverTheLimitGetsAPlainMessageAndKeepsNothing() throws Exception {
		MockHttpSession staff = loginAs("staff");
		byte[] big = new byte[26 * 1024 * 1024];
		String page = this.mvc
			.perform(multipart("/checks/file").file(new MockMultipartFile("file", "video.mp4", "video/mp4", big))
				.session(staff)
				.with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tệp quá lớn (tối đa 25 MB).");
	}

	@Test
	void imageCheckRefusesAFileThatIsNotAPicture() throws Exception {
		MockHttpSession staff = loginAs("staff");
		MockMultipartFile notAnImage = new MockMultipartFile("image", "anh.jpg", "image/jpeg",
				"this is text, not a picture".getBytes(StandardCharsets.UTF_8));
		String page = this.mvc.perform(multipart("/checks/image").file(notAnImage).session(staff).with(csrf()))
			.andExpect(status().isUnprocessableEntity())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("không phải ảnh");
	}

	String submitText(MockHttpSession session, String text) throws Exception {
		MvcResult result = this.mvc.perform(post("/checks/text").param("text", text).session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	String submitText(MockHttpSession session, String text, String sender) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/checks/text").param("text", text).param("sender", sender).session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	long accountId(MockHttpSession session) {
		var context = (org.springframework.security.core.context.SecurityContext) session
			.getAttribute("SPRING_SECURITY_CONTEXT");
		return ((vn.canhgiac.app.directory.AuthenticatedPerson) context.getAuthentication().getPrincipal()).accountId();
	}

	MockHttpSession loginAs(String username) throws Exception {
		return DemoLogins.login(this.mvc, this.jdbc, username);
	}

}
