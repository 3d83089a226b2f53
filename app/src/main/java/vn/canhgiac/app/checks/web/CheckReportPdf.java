package vn.canhgiac.app.checks.web;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.canhgiac.app.platform.PdfRenderer;

/**
 * The PDF of a check result, for the reporter and the police file, rendered from the
 * {@code checks/report-pdf} template.
 */
@Component
class CheckReportPdf {

	private final PdfRenderer renderer;

	CheckReportPdf(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	byte[] render(Map<String, Object> model, Locale locale, byte[] picturePng) throws IOException {
		Map<String, Object> withPicture = new HashMap<>(model);
		withPicture.put("pictureDataUri", "data:image/png;base64," + Base64.getEncoder().encodeToString(picturePng));
		return this.renderer.render("checks/report-pdf", withPicture, locale);
	}

}
