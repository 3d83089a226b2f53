package vn.canhgiac.app.advisories.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The compliance report as PDF, with the Noto Sans fonts shipped in the application so
 * that Vietnamese diacritics come out right on any server.
 */
@Component
class CompliancePdf {

	private static final String FONT_FAMILY = "Noto Sans";

	private final ITemplateEngine templates;

	CompliancePdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(Map<String, Object> model, Locale locale) throws IOException {
		String html = this.templates.process("advisories/compliance-pdf", new Context(locale, model));
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
		InputStream in = CompliancePdf.class.getResourceAsStream("/fonts/" + name);
		if (in == null) {
			throw new IllegalStateException("font missing from the application: " + name);
		}
		return in;
	}

}
