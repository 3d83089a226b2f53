package vn.canhgiac.app.checks.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDF of a check result, for the reporter and the police file: rendered from the
 * {@code checks/report-pdf} template with openhtmltopdf, with the Noto Sans fonts shipped
 * in the application so Vietnamese diacritics come out right on any server.
 */
@Component
class CheckReportPdf {

	private static final String FONT_FAMILY = "Noto Sans";

	private final ITemplateEngine templates;

	CheckReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Map<String, Object> model, Locale locale, byte[] picturePng) throws IOException {
		Context context = new Context(locale, model);
		context.setVariable("pictureDataUri",
				"data:image/png;base64," + Base64.getEncoder().encodeToString(picturePng));
		String html = this.templates.process("checks/report-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> font("NotoSans-Regular.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL,
				true);
		builder.useFont(() -> font("NotoSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		builder.run();
		return out.toByteArray();
	}

	private static InputStream font(String name) {
		InputStream in = CheckReportPdf.class.getResourceAsStream("/fonts/" + name);
		if (in == null) {
			throw new IllegalStateException("font missing from the application: " + name);
		}
		return in;
	}

}
