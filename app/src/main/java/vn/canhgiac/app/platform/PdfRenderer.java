package vn.canhgiac.app.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template to PDF with openhtmltopdf and the Noto Sans fonts shipped
 * in the application, so Vietnamese diacritics come out right on any server.
 */
@Component
public class PdfRenderer {

	private static final String FONT_FAMILY = "Noto Sans";

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The template's page as PDF; templates use {@code font-family: 'Noto Sans'}. */
	public byte[] render(String template, Map<String, Object> model, Locale locale) throws IOException {
		String html = this.templates.process(template, new Context(locale, model));
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
		InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + name);
		if (in == null) {
			throw new IllegalStateException("font missing from the application: " + name);
		}
		return in;
	}

}
