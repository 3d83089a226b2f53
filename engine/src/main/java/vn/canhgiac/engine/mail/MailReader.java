package vn.canhgiac.engine.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;
import org.apache.james.mime4j.util.MimeUtil;
import org.jspecify.annotations.Nullable;

/**
 * One pull-parser pass over a message (mime4j's token stream, never a DOM of parts), so
 * that the part count and nesting limits trip as soon as they are exceeded: a 10,000-part
 * bomb is refused after reading its first 501 part headers.
 */
final class MailReader {

	private final MailLimits limits;

	MailReader(MailLimits limits) {
		this.limits = limits;
	}

	ParsedMail read(byte[] bytes) {
		if (bytes.length > this.limits.maxBytes()) {
			throw Rejections.tooLarge(this.limits.maxBytes());
		}
		MimeConfig config = MimeConfig.custom()
			.setMaxLineLen(-1)
			.setMaxHeaderLen(this.limits.maxHeaderLength())
			.setMaxHeaderCount(1000)
			.setMaxContentLen(-1)
			.setStrictParsing(false)
			.build();
		MimeTokenStream stream = new MimeTokenStream(config, new DefaultBodyDescriptorBuilder());
		stream.setRecursionMode(RecursionMode.M_RECURSE);
		stream.parse(new ByteArrayInputStream(bytes));
		ParsedMail mail = new ParsedMail();
		try {
			walk(stream, mail);
		}
		catch (MimeException | IOException ex) {
			throw headerLimit(ex) ? Rejections.headerTooLong(this.limits.maxHeaderLength()) : Rejections.malformed();
		}
		return mail;
	}

	/** mime4j signals header limits with their own exceptions, sometimes wrapped. */
	private static boolean headerLimit(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof MaxHeaderLimitException || t instanceof MaxHeaderLengthLimitException) {
				return true;
			}
		}
		return false;
	}

	private void walk(MimeTokenStream stream, ParsedMail mail) throws IOException, MimeException {
		int depth = 0;
		int messages = 0;
		int parts = 0;
		boolean topHeader = false;
		boolean sawHeader = false;
		for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
			switch (state) {
				case T_START_MESSAGE -> {
					messages++;
					depth++;
				}
				case T_START_MULTIPART -> depth++;
				case T_END_MESSAGE, T_END_MULTIPART -> depth--;
				case T_START_BODYPART -> parts++;
				case T_START_HEADER -> {
					topHeader = !sawHeader;
					sawHeader = true;
				}
				case T_END_HEADER -> topHeader = false;
				case T_FIELD -> {
					if (topHeader) {
						header(stream.getField(), mail);
					}
				}
				case T_BODY -> body(stream, mail, parts);
				default -> {
				}
			}
			if (parts > this.limits.maxParts()) {
				throw Rejections.tooManyParts(this.limits.maxParts());
			}
			if (depth > this.limits.maxNesting()) {
				throw Rejections.tooDeep(this.limits.maxNesting());
			}
		}
		if (mail.headerCount == 0) {
			throw Rejections.malformed();
		}
		mail.nestedMessages = Math.max(0, messages - 1);
	}

	private static void header(Field field, ParsedMail mail) {
		mail.headerCount++;
		String value = decode(field.getBody());
		switch (field.getName().toLowerCase(Locale.ROOT)) {
			case "from" -> mail.from = field.getBody();
			case "reply-to" -> mail.replyTo = field.getBody();
			case "return-path" -> mail.returnPath = field.getBody();
			case "subject" -> mail.subject = value;
			case "authentication-results" -> mail.authenticationResults.add(value);
			default -> {
			}
		}
	}

	private void body(MimeTokenStream stream, ParsedMail mail, int partNumber) throws IOException {
		MaximalBodyDescriptor descriptor = (MaximalBodyDescriptor) stream.getBodyDescriptor();
		String mimeType = descriptor.getMimeType().toLowerCase(Locale.ROOT);
		String fileName = fileName(descriptor);
		boolean attached = "attachment".equalsIgnoreCase(descriptor.getContentDispositionType());
		byte[] content = readCapped(stream.getDecodedInputStream());
		if (fileName == null && !attached && mimeType.equals("text/plain")) {
			mail.plainText.append(new String(content, charset(descriptor))).append('\n');
		}
		else if (fileName == null && !attached && mimeType.equals("text/html")) {
			mail.html.append(new String(content, charset(descriptor))).append('\n');
		}
		else {
			String name = (fileName != null) ? fileName : "part-" + partNumber;
			mail.attachments.add(new MailAttachment(name, mimeType, content, !attached));
		}
	}

	private static @Nullable String fileName(MaximalBodyDescriptor descriptor) {
		String name = descriptor.getContentDispositionFilename();
		if (name == null || name.isBlank()) {
			name = descriptor.getContentTypeParameters().get("name");
		}
		return (name == null || name.isBlank()) ? null : decode(name);
	}

	private byte[] readCapped(InputStream in) throws IOException {
		byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.limits.maxBytes() + 1));
		if (content.length > this.limits.maxBytes()) {
			throw Rejections.tooLarge(this.limits.maxBytes());
		}
		return content;
	}

	private static Charset charset(MaximalBodyDescriptor descriptor) {
		try {
			String name = descriptor.getCharset();
			return (name == null || name.equalsIgnoreCase("us-ascii")) ? StandardCharsets.UTF_8 : Charset.forName(name);
		}
		catch (IllegalArgumentException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	static String decode(String raw) {
		return DecoderUtil.decodeEncodedWords(MimeUtil.unfold(raw), DecodeMonitor.SILENT).strip();
	}

}
