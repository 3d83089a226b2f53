package vn.canhgiac.app.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.canhgiac.app.accounts.DemoLogins;
import vn.canhgiac.engine.evidence.CasePackageVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class CaseExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	UUID caseId;

	MockHttpSession police;

	@BeforeEach
	void reportWithAPicture() throws Exception {
		MockHttpSession staff = DemoLogins.login(this.mvc, this.jdbc, "staff");
		String location = this.mvc
			.perform(multipart("/reports").file(ReportToCaseTests.picture())
				.param("category", "EXTORTION_IMAGES")
				.param("channel", "LETTER")
				.param("description", "Thư đe doạ gửi đến cơ quan")
				.param("wallet", "TQrZ9wBzQ5D4hJvRHVkPDYqd4hWy9DyLqP")
				.param("consent", "true")
				.session(staff)
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID reportId = UUID.fromString(location.substring("/reports/".length(), location.indexOf('?')));
		this.caseId = this.jdbc.sql("select id from police_case where report_id = ?")
			.param(reportId)
			.query(UUID.class)
			.single();
		this.police = DemoLogins.login(this.mvc, this.jdbc, "police");
	}

	@Test
	void thePackageNeedsAFreshPasswordAndVerifiesOfflineUntilOneByteChanges() throws Exception {
		this.mvc.perform(get("/cases/" + this.caseId + "/package.zip").session(this.police))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/account/confirm").session(this.police)
				.param("next", "/cases/" + this.caseId)
				.param("secret", DemoLogins.DEMO_PASSWORD)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		byte[] zip = this.mvc.perform(get("/cases/" + this.caseId + "/package.zip").session(this.police))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		CasePackageVerifier.Result result = CasePackageVerifier.verify(new ByteArrayInputStream(zip), null);
		assertThat(result.problems()).isEmpty();
		assertThat(result.intact()).isTrue();
		assertThat(result.files()).extracting(CasePackageVerifier.FileResult::path)
			.contains("summary.pdf")
			.anyMatch((path) -> path.startsWith("evidence/"));

		byte[] changedEvidence = rewrite(zip, (name, bytes) -> {
			if (name.startsWith("evidence/") && bytes.length > 100) {
				bytes[100] ^= 1;
			}
			return bytes;
		});
		CasePackageVerifier.Result changed = CasePackageVerifier.verify(new ByteArrayInputStream(changedEvidence),
				null);
		assertThat(changed.intact()).isFalse();
		assertThat(changed.files()).anyMatch((f) -> f.status() == CasePackageVerifier.Status.NOT_VERIFIED);

		byte[] changedManifest = rewrite(zip,
				(name, bytes) -> name.equals("manifest.json")
						? new String(bytes, StandardCharsets.UTF_8).replace("\"CLOSED\"", "\"NEW\"")
							.replace("\"NEW\"", "\"CLOSED\"")
							.getBytes(StandardCharsets.UTF_8)
						: bytes);
		assertThat(CasePackageVerifier.verify(new ByteArrayInputStream(changedManifest), null).problems())
			.anyMatch((p) -> p.contains("manifest.sig"));

		byte[] extraFile = addEntry(zip, "evidence/planted.jpg", new byte[] { 1, 2, 3 });
		assertThat(CasePackageVerifier.verify(new ByteArrayInputStream(extraFile), null).files())
			.anyMatch((f) -> f.status() == CasePackageVerifier.Status.NOT_LISTED);

		assertThat(
				this.jdbc.sql("select count(*) from audit_entry where case_ref = ? and action = 'case.export.package'")
					.param(this.caseId.toString())
					.query(Integer.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void theSummaryPdfIsInVietnameseWithDiacritics() throws Exception {
		byte[] pdf = this.mvc.perform(get("/cases/" + this.caseId + "/export.pdf").session(this.police))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).containsIgnoringCase("Tóm tắt vụ việc")
				.contains("Bị đe doạ bằng ảnh nhạy cảm")
				.contains("Công an phường An Hòa".toUpperCase(java.util.Locale.forLanguageTag("vi")))
				.contains("mở vụ việc từ phản ánh");
		}
		MockHttpSession otherStation = DemoLogins.login(this.mvc, this.jdbc, "police2");
		this.mvc.perform(get("/cases/" + this.caseId + "/export.pdf").session(otherStation))
			.andExpect(status().isNotFound());
	}

	private static byte[] rewrite(byte[] zip, BiFunction<String, byte[], byte[]> change) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] bytes = change.apply(entry.getName(), in.readAllBytes());
				rewritten.putNextEntry(new ZipEntry(entry.getName()));
				rewritten.write(bytes);
				rewritten.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] addEntry(byte[] zip, String name, byte[] content) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				rewritten.putNextEntry(new ZipEntry(entry.getName()));
				rewritten.write(in.readAllBytes());
				rewritten.closeEntry();
			}
			rewritten.putNextEntry(new ZipEntry(name));
			rewritten.write(content);
			rewritten.closeEntry();
		}
		return out.toByteArray();
	}

}
