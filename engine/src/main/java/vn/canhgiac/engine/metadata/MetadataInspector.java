package vn.canhgiac.engine.metadata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import org.jspecify.annotations.Nullable;

import vn.canhgiac.engine.image.RgbImage;

/**
 * Reads EXIF, XMP, ICC, GPS and content-credential presence with metadata-extractor, and
 * compares the EXIF thumbnail with the picture.
 *
 * <p>
 * XML safety: an XMP packet that declares a DOCTYPE or entities is an XXE attempt. Such
 * packets are cut out of the bytes before metadata-extractor (and its xmpcore parser) see
 * them, so nothing is resolved even if a future parser version changed its defaults; the
 * attempt itself is reported.
 */
public final class MetadataInspector {

	private static final String XMP_HEADER = "http://ns.adobe.com/xap/1.0/";

	private static final String XMP_EXTENSION_HEADER = "http://ns.adobe.com/xmp/extension/";

	private static final List<String> EDITORS = List.of("photoshop", "gimp", "meitu", "picsart", "snapseed",
			"lightroom", "facetune", "faceapp", "pixlr", "canva", "paint.net", "affinity", "beautyplus", "beautycam",
			"remini", "capcut", "photoscape", "photodirector", "airbrush", "polarr", "vsco", "b612", "youcam",
			"pixelmator", "corel", "fotor", "inshot", "photolab", "picsart", "krita", "acdsee");

	private MetadataInspector() {
	}

	public static MetadataSummary inspect(byte[] bytes, @Nullable RgbImage image) {
		try {
			return read(bytes, image);
		}
		catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
			// Metadata is corroborating evidence only: a parser failure must not stop the
			// pixel analysis, and is reported as "no metadata".
			return MetadataSummary.none();
		}
	}

	private static MetadataSummary read(byte[] bytes, @Nullable RgbImage image) throws RuntimeException {
		List<JpegAppSegments.Segment> segments = JpegAppSegments.read(bytes);
		List<JpegAppSegments.Segment> dangerous = new ArrayList<>();
		boolean credentials = false;
		boolean photoshop = false;
		for (JpegAppSegments.Segment s : segments) {
			boolean xmp = s.marker() == 0xE1
					&& (s.startsWith(bytes, XMP_HEADER) || s.startsWith(bytes, XMP_EXTENSION_HEADER));
			if (xmp && (s.contains(bytes, "<!DOCTYPE") || s.contains(bytes, "<!ENTITY"))) {
				dangerous.add(s);
			}
			if (s.marker() == 0xEB && (s.contains(bytes, "jumb") || s.contains(bytes, "c2pa"))) {
				credentials = true;
			}
			if (s.marker() == 0xED && s.startsWith(bytes, "Photoshop 3.0")) {
				photoshop = true;
			}
		}
		boolean notJpeg = segments.isEmpty() && !(bytes.length > 2 && (bytes[0] & 0xff) == 0xFF);
		if (notJpeg && containsDoctype(bytes)) {
			return new MetadataSummary(true, null, null, null, null, null, null, List.of(), null, null, false,
					containsAscii(bytes, "caBX"), true, false);
		}
		if (notJpeg) {
			credentials = containsAscii(bytes, "caBX");
		}
		byte[] safe = dangerous.isEmpty() ? bytes : JpegAppSegments.without(bytes, dangerous);
		Metadata metadata;
		try {
			metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(safe), safe.length);
		}
		catch (Exception ex) {
			return MetadataSummary.none();
		}
		String make = string(metadata, ExifIFD0Directory.class, ExifIFD0Directory.TAG_MAKE);
		String model = string(metadata, ExifIFD0Directory.class, ExifIFD0Directory.TAG_MODEL);
		String software = string(metadata, ExifIFD0Directory.class, ExifIFD0Directory.TAG_SOFTWARE);
		String modified = string(metadata, ExifIFD0Directory.class, ExifIFD0Directory.TAG_DATETIME);
		String original = string(metadata, ExifSubIFDDirectory.class, ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
		List<String> history = new ArrayList<>();
		String creatorTool = null;
		for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
			for (Map.Entry<String, String> e : xmp.getXmpProperties().entrySet()) {
				String key = e.getKey();
				if (key.endsWith("CreatorTool")) {
					creatorTool = e.getValue();
				}
				if (key.contains("History") && (key.endsWith("softwareAgent") || key.endsWith("action"))) {
					history.add(e.getValue());
				}
			}
		}
		String editor = firstEditor(software, creatorTool, String.join(" ", history));
		if (editor == null && photoshop) {
			editor = "Adobe Photoshop";
		}
		String icc = null;
		for (IccDirectory d : metadata.getDirectoriesOfType(IccDirectory.class)) {
			icc = d.getDescription(IccDirectory.TAG_TAG_desc);
		}
		boolean gps = false;
		for (GpsDirectory d : metadata.getDirectoriesOfType(GpsDirectory.class)) {
			gps |= d.getGeoLocation() != null;
		}
		Double thumbnail = (image == null) ? null : ExifThumbnailComparison.correlation(bytes, segments, image);
		boolean any = make != null || software != null || original != null || !history.isEmpty() || creatorTool != null
				|| icc != null || gps || thumbnail != null;
		return new MetadataSummary(any || !dangerous.isEmpty(), make, model,
				(software != null) ? software : creatorTool, editor, original, modified,
				List.copyOf(history.subList(0, Math.min(20, history.size()))), thumbnail, icc, gps, credentials,
				!dangerous.isEmpty(), photoshop);
	}

	static @Nullable String firstEditor(@Nullable String... fields) {
		for (String field : fields) {
			if (field == null) {
				continue;
			}
			String lower = field.toLowerCase(Locale.ROOT);
			for (String editor : EDITORS) {
				if (lower.contains(editor)) {
					return field.trim();
				}
			}
		}
		return null;
	}

	private static <T extends Directory> @Nullable String string(Metadata metadata, Class<T> type, int tag) {
		for (T directory : metadata.getDirectoriesOfType(type)) {
			String value = directory.getString(tag);
			if (value != null && !value.isBlank()) {
				return value.trim();
			}
		}
		return null;
	}

	private static boolean containsDoctype(byte[] b) {
		return containsAscii(b, "<!DOCTYPE") || containsAscii(b, "<!ENTITY");
	}

	private static boolean containsAscii(byte[] b, String s) {
		return JpegAppSegments.indexOf(b, s.getBytes(StandardCharsets.ISO_8859_1), 0, b.length) >= 0;
	}

}
