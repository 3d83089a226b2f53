package vn.canhgiac.engine.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The type of a file from its bytes alone (Tika's magic database; the name is not
 * consulted so that it cannot lie). tika-core does not look inside ZIP containers, so the
 * container formats built on ZIP (Office, APK, JAR) are told apart here by their marker
 * entries.
 */
final class ContentTypes {

	private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

	private ContentTypes() {
	}

	static String mediaType(byte[] bytes) {
		try {
			MediaType type = TIKA.detect(new ByteArrayInputStream(bytes), new Metadata());
			return type.getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The family of the content; ZIP containers refined with the entry names. */
	static FileType family(String mediaType, byte[] bytes, ZipDirectory.Lookup zip) {
		if (isPortableExecutable(bytes) || startsWith(bytes, "\u007fELF") || mediaType.contains("x-mach-o")
				|| mediaType.equals("application/x-executable") || mediaType.equals("application/x-sharedlib")) {
			return FileType.EXECUTABLE;
		}
		if (mediaType.equals("application/zip") || mediaType.equals("application/x-tika-ooxml")
				|| mediaType.startsWith("application/vnd.openxmlformats")
				|| mediaType.equals("application/java-archive")
				|| mediaType.equals("application/vnd.android.package-archive")) {
			if (zip.has("AndroidManifest.xml")) {
				return FileType.APK;
			}
			if (zip.has("[Content_Types].xml")) {
				return FileType.OOXML;
			}
			if (zip.has("META-INF/MANIFEST.MF")) {
				return FileType.JAR;
			}
			return FileType.ZIP;
		}
		return switch (mediaType) {
			case "application/x-tika-msoffice", "application/msword", "application/vnd.ms-excel",
					"application/vnd.ms-powerpoint", "application/x-msi", "application/x-ole-storage" ->
				FileType.OLE;
			case "application/pdf" -> FileType.PDF;
			case "image/svg+xml" -> FileType.SVG;
			case "application/xml", "text/xml" -> FileType.XML;
			case "text/html", "application/xhtml+xml" -> FileType.HTML;
			case "message/rfc822" -> FileType.MAIL;
			case "application/x-iso9660-image", "application/x-apple-diskimage", "application/x-raw-disk-image" ->
				FileType.DISK_IMAGE;
			case "application/x-ms-shortcut" -> FileType.SHORTCUT;
			case "application/x-rar-compressed", "application/x-rar", "application/x-7z-compressed", "application/gzip",
					"application/x-gzip", "application/x-tar", "application/x-bzip2", "application/x-xz" ->
				FileType.OTHER_ARCHIVE;
			default -> byPrefix(mediaType);
		};
	}

	/**
	 * A public media type where Tika reports its internal container types
	 * ({@code application/x-tika-ooxml}, {@code application/x-tika-msoffice}) or a plain
	 * ZIP that is really an Android or Java package.
	 */
	static String refined(String mediaType, FileType family, ZipDirectory.Lookup zip) {
		return switch (family) {
			case APK -> "application/vnd.android.package-archive";
			case JAR -> "application/java-archive";
			case OOXML -> {
				boolean macros = zip.has("word/vbaProject.bin") || zip.has("xl/vbaProject.bin")
						|| zip.has("ppt/vbaProject.bin");
				if (zip.has("word/document.xml")) {
					yield macros ? "application/vnd.ms-word.document.macroEnabled.12"
							: "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				}
				if (zip.has("xl/workbook.xml")) {
					yield macros ? "application/vnd.ms-excel.sheet.macroEnabled.12"
							: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
				}
				if (zip.has("ppt/presentation.xml")) {
					yield macros ? "application/vnd.ms-powerpoint.presentation.macroEnabled.12"
							: "application/vnd.openxmlformats-officedocument.presentationml.presentation";
				}
				yield "application/x-tika-ooxml".equals(mediaType) ? "application/zip" : mediaType;
			}
			case OLE -> "application/x-tika-msoffice".equals(mediaType) ? "application/x-ole-storage" : mediaType;
			default -> mediaType;
		};
	}

	private static FileType byPrefix(String mediaType) {
		if (mediaType.startsWith("image/")) {
			return FileType.IMAGE;
		}
		if (mediaType.startsWith("text/")) {
			return FileType.TEXT;
		}
		return FileType.UNKNOWN;
	}

	/**
	 * "MZ" alone starts ordinary words too; a Windows program also has "PE\0\0" where the
	 * DOS header's {@code e_lfanew} field (offset 0x3C) points.
	 */
	static boolean isPortableExecutable(byte[] bytes) {
		if (!startsWith(bytes, "MZ") || bytes.length < 0x40) {
			return false;
		}
		int offset = (bytes[0x3C] & 0xFF) | (bytes[0x3D] & 0xFF) << 8 | (bytes[0x3E] & 0xFF) << 16
				| (bytes[0x3F] & 0xFF) << 24;
		return offset > 0 && offset <= bytes.length - 4 && bytes[offset] == 'P' && bytes[offset + 1] == 'E'
				&& bytes[offset + 2] == 0 && bytes[offset + 3] == 0;
	}

	private static boolean startsWith(byte[] bytes, String magic) {
		byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
		if (bytes.length < m.length) {
			return false;
		}
		for (int i = 0; i < m.length; i++) {
			if (bytes[i] != m[i]) {
				return false;
			}
		}
		return true;
	}

}
