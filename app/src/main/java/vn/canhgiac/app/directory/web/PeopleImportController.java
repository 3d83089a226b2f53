package vn.canhgiac.app.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.ImportProblem;
import vn.canhgiac.app.directory.PeopleImportResult;

/**
 * Importing people from a CSV file: everything or nothing, with the problem of each bad
 * row.
 */
@Controller
class PeopleImportController {

	/** Matches the directory's own limit; checked before the file is read. */
	private static final long MAX_BYTES = 2L * 1024 * 1024;

	private static final String TEMPLATE = "full_name,unit_code,position,email,phone\n"
			+ "Nguyễn Văn Bình,UBND-AH,Chuyên viên,binh.nguyen@example.gov.vn,0912345678\n";

	private final DirectoryManagement directory;

	PeopleImportController(DirectoryManagement directory) {
		this.directory = directory;
	}

	@GetMapping("/admin/people/import")
	String form() {
		return "directory/import";
	}

	@GetMapping("/admin/people/import/template.csv")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-nhap-can-bo.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(("\uFEFF" + TEMPLATE).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/admin/people/import")
	String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuthenticatedPerson admin,
			Model model) throws IOException {
		PeopleImportResult result;
		if (file.getSize() > MAX_BYTES) {
			result = new PeopleImportResult(0, java.util.List
				.of(new ImportProblem(0, "Tệp quá lớn (tối đa 2 MB).", "The file is too large (2 MB at most).")));
		}
		else {
			try (InputStream in = file.getInputStream()) {
				result = this.directory.importPeople(in.readNBytes((int) MAX_BYTES + 1), admin);
			}
		}
		model.addAttribute("result", result);
		return "directory/import";
	}

}
