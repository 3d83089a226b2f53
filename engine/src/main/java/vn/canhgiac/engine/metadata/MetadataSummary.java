package vn.canhgiac.engine.metadata;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the metadata says about a picture's history. Absent fields are normal: messengers
 * strip everything, so absence is never evidence.
 *
 * @param editingSoftware the editor named in Software, XMP CreatorTool or history, if it
 * is a known editing application
 * @param xmpHistory XMP edit history actions ("saved by Adobe Photoshop 24.0", …)
 * @param thumbnailCorrelation correlation (−1..1) between the EXIF thumbnail and the
 * picture scaled to it; null without a usable thumbnail. A low value means the picture
 * was changed after the camera wrote the thumbnail.
 * @param contentCredentials C2PA/JUMBF manifest present (not validated)
 * @param xmpEntityDeclaration the XMP packet declares XML entities/DOCTYPE (an XXE
 * attempt); it was not parsed
 * @param photoshopResources an APP13 Photoshop resource block is present
 */
public record MetadataSummary(boolean anyMetadata, @Nullable String cameraMake, @Nullable String cameraModel,
		@Nullable String software, @Nullable String editingSoftware, @Nullable String dateOriginal,
		@Nullable String dateModified, List<String> xmpHistory, @Nullable Double thumbnailCorrelation,
		@Nullable String iccProfile, boolean gpsPresent, boolean contentCredentials, boolean xmpEntityDeclaration,
		boolean photoshopResources) {

	public static MetadataSummary none() {
		return new MetadataSummary(false, null, null, null, null, null, null, List.of(), null, null, false, false,
				false, false);
	}

}
