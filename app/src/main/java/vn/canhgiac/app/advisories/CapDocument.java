package vn.canhgiac.app.advisories;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * An advisory as an OASIS CAP 1.2 alert: scope Public for public advisories, Restricted
 * otherwise; msgType Alert, Update (it updates an earlier advisory it references) or
 * Cancel (withdrawn); earlier advisories in the system as references.
 */
public final class CapDocument {

	static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

	/** CAP wants an explicit offset, never "Z". */
	private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
		.withZone(Advisories.ZONE);

	private CapDocument() {
	}

	public static String identifier(long advisoryId) {
		return "canhgiac-advisory-" + advisoryId;
	}

	/**
	 * @param referenced earlier advisories in the system that this one refers to
	 * @param web the page where a person reads it
	 */
	public static String render(Advisory advisory, List<Advisory> referenced, String sender, String web, String event) {
		if (advisory.publishedAt() == null) {
			throw new IllegalArgumentException("not published");
		}
		boolean cancel = advisory.status() == AdvisoryStatus.WITHDRAWN && advisory.withdrawnAt() != null;
		List<String> references = new ArrayList<>();
		if (cancel) {
			references.add(sender + "," + identifier(advisory.id()) + "," + time(advisory.publishedAt()));
		}
		for (Advisory earlier : referenced) {
			if (earlier.publishedAt() != null && earlier.id() != advisory.id()) {
				references.add(sender + "," + identifier(earlier.id()) + "," + time(earlier.publishedAt()));
			}
		}
		String msgType = cancel ? "Cancel" : (advisory.messageType() == MessageType.UPDATE ? "Update" : "Alert");
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("alert");
			xml.writeDefaultNamespace(NAMESPACE);
			element(xml, "identifier", identifier(advisory.id()) + (cancel ? "-cancel" : ""));
			element(xml, "sender", sender);
			element(xml, "sent", time(cancel ? advisory.withdrawnAt() : advisory.publishedAt()));
			element(xml, "status", "Actual");
			element(xml, "msgType", msgType);
			element(xml, "source", advisory.issuer().isBlank() ? "Cảnh Giác" : advisory.issuer());
			element(xml, "scope", advisory.publicAdvisory() ? "Public" : "Restricted");
			if (!advisory.publicAdvisory()) {
				element(xml, "restriction",
						"Chỉ dành cho cán bộ, công chức, viên chức thuộc nơi nhận văn bản; không phát tán ra ngoài.");
			}
			if (cancel && advisory.withdrawnReason() != null) {
				element(xml, "note", advisory.withdrawnReason());
			}
			if (!references.isEmpty()) {
				element(xml, "references", String.join(" ", references));
			}
			xml.writeStartElement("info");
			element(xml, "language", "vi-VN");
			element(xml, "category", "Security");
			element(xml, "event", event);
			element(xml, "responseType", cancel ? "AllClear" : "Avoid");
			element(xml, "urgency", "Expected");
			element(xml, "severity", advisory.severity().cap());
			element(xml, "certainty", "Observed");
			if (advisory.expiresOn() != null) {
				element(xml, "expires", time(
						advisory.expiresOn().atTime(LocalTime.of(23, 59, 59)).atZone(Advisories.ZONE).toInstant()));
			}
			element(xml, "senderName", advisory.issuer().isBlank() ? "Cảnh Giác" : advisory.issuer());
			element(xml, "headline", headline(advisory));
			element(xml, "description", MarkdownRenderer.toPlainText(advisory.bodyMarkdown()));
			element(xml, "instruction", "Không chuyển tiền, không bấm đường link lạ, không cung cấp mã OTP. "
					+ "Báo ngay cho Công an nơi gần nhất hoặc gọi 113.");
			element(xml, "web", web);
			if (!advisory.signer().isBlank()) {
				element(xml, "contact", advisory.signer());
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String headline(Advisory advisory) {
		String text = ((advisory.number() != null) ? advisory.number() + ": " : "") + advisory.title();
		return (text.length() <= 160) ? text : text.substring(0, 157) + "...";
	}

	static String time(@Nullable Instant instant) {
		return CAP_TIME.format((instant != null) ? instant : Instant.EPOCH);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
