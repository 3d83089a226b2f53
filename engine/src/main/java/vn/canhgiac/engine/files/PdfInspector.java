package vn.canhgiac.engine.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF documents: every object of the file is visited (including those packed in object
 * streams, which a byte search would miss) for actions that run code or programs —
 * {@code /JavaScript}, {@code /Launch} — and for embedded files; links are handed to the
 * link checks and the text of the first pages to the message checks.
 */
final class PdfInspector {

	private static final int TEXT_PAGES = 20;

	/**
	 * PDFBox reports every repaired defect through java.util.logging; the CLI's stderr is
	 * reserved for one line on bad input. Held in a field so the setting is not
	 * collected.
	 */
	private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

	static {
		PDFBOX_LOG.setLevel(Level.OFF);
	}

	private PdfInspector() {
	}

	static void inspect(byte[] bytes, Inspection inspection) {
		Findings findings = inspection.findings;
		PdfStreams.guard(bytes, inspection);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			Actions actions = new Actions();
			COSDocument cos = document.getDocument();
			for (COSObjectKey key : cos.getXrefTable().keySet()) {
				COSObject object = cos.getObjectFromPool(key);
				COSBase base = (object != null) ? object.getObject() : null;
				if (base instanceof COSDictionary dictionary) {
					actions.visit(dictionary, inspection);
				}
			}
			actions.report(findings);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(TEXT_PAGES);
			inspection.checkText(stripper.getText(document));
		}
		catch (InvalidPasswordException ex) {
			findings.add("archive_evasion", "pdf_encrypted", 0.4,
					"PDF được đặt mật khẩu nên không kiểm tra được nội dung.",
					"The PDF is password-protected, so its content could not be checked.");
			rawScan(bytes, findings);
		}
		catch (IOException | RuntimeException ex) {
			// A damaged PDF may still carry a readable attack; only refuse it when it
			// does not.
			if (!rawScan(bytes, findings)) {
				throw Rejections.damaged("PDF");
			}
		}
	}

	/** Byte search for action names, for files PDFBox cannot open. */
	private static boolean rawScan(byte[] bytes, Findings findings) {
		String latin = new String(bytes, StandardCharsets.ISO_8859_1);
		Actions actions = new Actions();
		actions.javaScript = latin.contains("/JavaScript") || latin.contains("/JS");
		actions.launch = latin.contains("/Launch");
		actions.embedded = latin.contains("/EmbeddedFile");
		actions.report(findings);
		return actions.javaScript || actions.launch || actions.embedded;
	}

	private static final class Actions {

		boolean javaScript;

		boolean launch;

		boolean embedded;

		boolean submitForm;

		void visit(COSDictionary dictionary, Inspection inspection) {
			String type = dictionary.getNameAsString(COSName.S);
			this.javaScript |= "JavaScript".equals(type) || dictionary.containsKey(COSName.JS);
			this.launch |= "Launch".equals(type);
			this.submitForm |= "SubmitForm".equals(type);
			this.embedded |= "EmbeddedFile".equals(dictionary.getNameAsString(COSName.TYPE))
					|| dictionary.containsKey(COSName.EF);
			if ("URI".equals(type)) {
				String uri = dictionary.getString(COSName.URI);
				if (uri != null && !uri.isBlank()) {
					inspection.checkLink(uri);
				}
			}
		}

		void report(Findings findings) {
			if (this.javaScript) {
				findings.add("malware", "pdf_javascript", 0.85, "PDF chứa mã JavaScript tự chạy khi mở.",
						"The PDF contains JavaScript that can run when it is opened.");
			}
			if (this.launch) {
				findings.add("malware", "pdf_launch_action", 0.9, "PDF có lệnh mở chương trình hoặc tệp khác trên máy.",
						"The PDF has an action that launches a program or another file.");
			}
			if (this.embedded) {
				findings.add("malware", "pdf_embedded_file", 0.4, "PDF có đính kèm tệp bên trong.",
						"The PDF carries embedded files.");
			}
			if (this.submitForm) {
				findings.add("phishing", "pdf_submit_form", 0.4, "PDF có biểu mẫu gửi dữ liệu ra ngoài.",
						"The PDF has a form that sends what you type to an outside address.");
			}
		}

	}

}
