package vn.canhgiac.engine.forensics;

import java.util.ArrayList;
import java.util.List;

import vn.canhgiac.engine.image.PixelRegion;
import vn.canhgiac.engine.jpeg.JpegInfo;
import vn.canhgiac.engine.match.CloneEvidence;
import vn.canhgiac.engine.match.ReferenceMatch;
import vn.canhgiac.engine.metadata.MetadataSummary;

/**
 * Turns observations into findings, a score and a verdict. Each piece of evidence has a
 * strength 0..1 and the score is the noisy-OR 1 − Π(1 − strengthᵢ), so independent weak
 * signals add up but no single weak signal (an editor's name, an ELA hot spot) can reach
 * "manipulated" alone. The thresholds were set on synthetic composites, not on the files
 * used to report accuracy.
 *
 * <p>
 * Missing metadata is never evidence (messengers strip it). A small or heavily compressed
 * picture without strong evidence is {@code inconclusive}, not {@code no_evidence}: the
 * detectors simply cannot see much in it.
 */
final class VerdictFusion {

	static final double MANIPULATED_AT = 0.6;

	static final double INCONCLUSIVE_AT = 0.3;

	record Fused(String verdict, double score, List<Finding> findings) {
	}

	private VerdictFusion() {
	}

	static Fused fuse(Observations o) {
		List<Finding> findings = new ArrayList<>();
		List<Double> strengths = new ArrayList<>();
		source(o, findings, strengths);
		copyMove(o, findings, strengths);
		doubleJpeg(o, findings, strengths);
		faces(o, findings, strengths);
		noise(o, findings, strengths);
		grid(o, findings, strengths);
		metadata(o.metadata(), findings, strengths);
		double keep = 1;
		for (double s : strengths) {
			keep *= 1 - Math.max(0, Math.min(0.98, s));
		}
		double score = Math.round((1 - keep) * 1000) / 1000.0;
		boolean lowInformation = lowInformation(o);
		if (lowInformation) {
			findings.add(new Finding("low_information", "info", null,
					"Ảnh nhỏ hoặc đã bị nén mạnh nhiều lần, các dấu vết chỉnh sửa có thể đã bị xoá; không đủ cơ sở để kết luận.",
					"The picture is small or heavily recompressed, which erases editing traces; there is not enough to conclude."));
		}
		String verdict;
		if (score >= MANIPULATED_AT) {
			verdict = ImageReport.MANIPULATED;
		}
		else if (score >= INCONCLUSIVE_AT || lowInformation) {
			verdict = ImageReport.INCONCLUSIVE;
		}
		else {
			verdict = ImageReport.NO_EVIDENCE;
		}
		return new Fused(verdict, score, findings);
	}

	private static boolean lowInformation(Observations o) {
		long pixels = (long) o.width() * o.height();
		JpegInfo jpeg = o.jpeg();
		return pixels < 200_000 || (jpeg != null && jpeg.lumaQualityPercent() < 60);
	}

	private static void source(Observations o, List<Finding> findings, List<Double> strengths) {
		if (o.source().isEmpty()) {
			return;
		}
		ReferenceMatch m = o.source().get();
		String name = o.references().get(m.referenceIndex()).name();
		int number = m.referenceIndex() + 1;
		double share = (double) m.regionInImage().area() / ((double) o.width() * o.height());
		if (share > 0.6) {
			findings.add(new Finding("source_is_reference", "info", m.regionInImage(),
					"Phần lớn ảnh trùng với ảnh tham chiếu số " + number + " (" + name + ").",
					"Most of the picture is the same as reference photo " + number + " (" + name + ")."));
			return;
		}
		findings.add(new Finding("source_match", "high", m.regionInImage(),
				"Khuôn mặt/vùng ảnh được lấy từ ảnh tham chiếu số " + number + " (" + name + "), " + m.inliers()
						+ " điểm đặc trưng khớp.",
				"The face/region was taken from reference photo " + number + " (" + name + "), " + m.inliers()
						+ " matching keypoints."));
		strengths.add(0.6 + 0.35 * m.confidence());
	}

	private static void copyMove(Observations o, List<Finding> findings, List<Double> strengths) {
		if (o.copyMove().isEmpty()) {
			return;
		}
		CloneEvidence c = o.copyMove().get();
		findings.add(new Finding("copy_move", (c.inliers() >= 15) ? "high" : "medium", c.copy(),
				"Một vùng ảnh được sao chép sang vị trí khác trong cùng ảnh (" + c.inliers() + " điểm khớp).",
				"A region was copied to another place in the same picture (" + c.inliers() + " matching points)."));
		strengths.add(Math.min(0.9, 0.3 + 0.03 * c.inliers()));
	}

	private static void doubleJpeg(Observations o, List<Finding> findings, List<Double> strengths) {
		if (o.doubleJpeg() == null || !o.doubleJpeg().detected()) {
			return;
		}
		findings.add(new Finding("double_jpeg", "info", null,
				"Ảnh đã được lưu JPEG ít nhất hai lần (thường gặp khi ảnh được chỉnh sửa hoặc gửi lại).",
				"The picture was saved as JPEG at least twice (usual after editing or re-sending)."));
		MapStatistics.Blob blob = o.doubleJpegBlob();
		if (blob == null) {
			return;
		}
		if (blob.peak() < 0.8 || blob.z() < 4) {
			// Below the finding threshold a blob is as common in genuine pictures as in
			// composites (measured on generated splices): no weight.
			return;
		}
		double strength = Math.min(0.85, (blob.z() - 4) / 4 + 0.3) * Math.min(1, o.doubleJpeg().periodicModes() / 5.0);
		// The thresholded component outlines the pasted area better than the blob window.
		SuspiciousRegions.Component component = o.singleCompressedRegion();
		PixelRegion where = (component != null && component.region().overlap(blob.region()) > 0) ? component.region()
				: blob.region();
		findings.add(new Finding("double_jpeg_region", (strength >= 0.5) ? "high" : "medium", where,
				"Vùng này chỉ bị nén JPEG một lần trong khi phần còn lại bị nén hai lần — dấu hiệu vùng được dán vào sau.",
				String.format(java.util.Locale.ROOT,
						"This region was JPEG-compressed once while the rest was compressed twice — a sign it was pasted in later (z = %.1f).",
						blob.z())));
		strengths.add(strength);
	}

	private static void faces(Observations o, List<Finding> findings, List<Double> strengths) {
		if (!o.faceDetectorAvailable()) {
			findings.add(new Finding("face_detector_unavailable", "info", null,
					"Bộ phát hiện khuôn mặt chưa được cài (gói opencv-data); các phép kiểm tra riêng cho khuôn mặt bị bỏ qua.",
					"The face detector is not available (package opencv-data); face-specific checks were skipped."));
			return;
		}
		boolean doubleJpeg = o.doubleJpeg() != null && o.doubleJpeg().detected();
		double strongestFace = 0;
		for (FaceRegion face : o.faces()) {
			findings.add(new Finding("face", "info", face.box(), "Phát hiện khuôn mặt.", "Face found."));
			double contrast = face.singleCompressionInside() - face.singleCompressionRing();
			if (doubleJpeg && contrast > 0 && contrast <= 0.2) {
				// A face only slightly more "singly compressed" than its ring: weak,
				// graded.
				strengths.add(Math.min(0.3, contrast * 2));
			}
			if (doubleJpeg && contrast > 0.2 && face.singleCompressionInside() > 0.6) {
				findings.add(new Finding("face_compression_mismatch", "high", face.box(),
						"Vùng khuôn mặt có mức nén khác phần còn lại của ảnh.",
						"The face region was compressed differently from the rest of the picture."));
				strengths.add(Math.min(0.8, contrast * 1.6));
			}
			double strength = faceDetailStrength(face);
			strongestFace = Math.max(strongestFace, strength);
			if (strength >= 0.15 || face.fineDetailRatio() < 0.85) {
				// "medium" only where the face alone makes the picture inconclusive, so a
				// finding never reads stronger than the verdict above it.
				findings.add(new Finding("face_noise_mismatch", (strength >= INCONCLUSIVE_AT) ? "medium" : "low",
						face.box(),
						"Vùng khuôn mặt mất chi tiết nhỏ và nhiễu so với xung quanh (dấu hiệu ảnh nhỏ được phóng to rồi dán vào).",
						"The face has lost fine detail and noise compared with its surroundings (a sign of an enlarged, pasted photo)."));
			}
		}
		// One pasted face is the usual composite: the most suspicious face counts, so a
		// group photo of genuine faces does not add up to a composite.
		strengths.add(strongestFace);
	}

	/**
	 * Sharpness lost on the face's edges and flat parts and a noise level unlike the
	 * ring's, graded from 0; capped below the "manipulated" level because a genuine face
	 * is smoother than hair and clothes around it, so this alone only makes a picture
	 * inconclusive.
	 */
	static double faceDetailStrength(FaceRegion face) {
		// Skin is flatter than hair and clothes, so detail lost in the flat parts alone
		// counts only up to a point; lost sharpness on the edges counts in full.
		double loss = Math.max(0, face.edgeSharpnessLoss()) + Math.min(0.3, Math.max(0, face.flatDetailLoss()))
				+ 0.5 * Math.abs(Math.log(Math.max(1e-3, face.noiseRatio())));
		return Math.min(0.45, Math.max(0, 0.4 * (loss - 0.15)));
	}

	private static void noise(Observations o, List<Finding> findings, List<Double> strengths) {
		MapStatistics.Blob blob = o.noiseBlob();
		if (o.noise().map().values().length < 40 || blob.z() < 4) {
			return;
		}
		// On its own a noise blob follows content (sky against foliage) as often as it
		// marks a paste, so it is shown but barely moves the score.
		double strength = Math.min(0.05, (blob.z() - 4) / 60 + 0.01);
		findings.add(new Finding("noise_inconsistency", "low", blob.region(),
				"Vùng này có mức nhiễu/độ nét khác phần còn lại của ảnh.", String.format(java.util.Locale.ROOT,
						"This region's noise and fine detail differ from the rest (z = %.1f).", blob.z())));
		strengths.add(strength);
	}

	private static void grid(Observations o, List<Finding> findings, List<Double> strengths) {
		BlockingGridAnalysis.Result g = o.grid();
		MapStatistics.Blob blob = o.gridBlob();
		if (g.gridStrength() > 0.3 && o.grid().map().values().length >= 40 && blob.z() >= 4 && blob.peak() > 0.5) {
			double strength = Math.min(0.1, (blob.z() - 4) / 40 + 0.03);
			findings.add(new Finding("grid_inconsistency", "low", blob.region(),
					"Lưới nén JPEG của vùng này không khớp với phần còn lại của ảnh.",
					String.format(java.util.Locale.ROOT,
							"The JPEG block grid of this region does not line up with the rest (z = %.1f).",
							blob.z())));
			strengths.add(strength);
		}
		// The dominant phase alone is noise on smooth pictures: only a shifted grid with
		// real blockiness behind it says the picture was cropped after a JPEG save.
		if (g.misaligned()) {
			findings.add(new Finding("grid_misaligned", "low", null,
					"Lưới nén JPEG bị lệch (" + g.shiftX() + ", " + g.shiftY()
							+ ") — ảnh đã bị cắt sau một lần lưu JPEG trước đó.",
					"The JPEG block grid is shifted (" + g.shiftX() + ", " + g.shiftY()
							+ ") — the picture was cropped after an earlier JPEG save."));
		}
	}

	private static void metadata(MetadataSummary m, List<Finding> findings, List<Double> strengths) {
		if (!m.anyMetadata()) {
			findings.add(new Finding("metadata_absent", "info", null,
					"Ảnh không có siêu dữ liệu — bình thường với ảnh gửi qua mạng xã hội, không phải dấu hiệu chỉnh sửa.",
					"The picture has no metadata — normal after a messenger, not a sign of editing."));
		}
		if (m.cameraMake() != null) {
			findings.add(new Finding("camera", "info", null,
					"Máy ảnh ghi trong tệp: " + m.cameraMake() + " " + nullToEmpty(m.cameraModel()),
					"Camera recorded in the file: " + m.cameraMake() + " " + nullToEmpty(m.cameraModel())));
		}
		if (m.editingSoftware() != null) {
			findings.add(new Finding("editing_software", "medium", null,
					"Tệp ghi nhận phần mềm chỉnh sửa: " + m.editingSoftware() + ".",
					"The file names editing software: " + m.editingSoftware() + "."));
			strengths.add(0.25);
		}
		// Genuine camera thumbnails correlate above 0.6 even with odd crops and
		// rotations; a
		// different scene is near 0.
		if (m.thumbnailCorrelation() != null && m.thumbnailCorrelation() < 0.45) {
			findings.add(new Finding("thumbnail_mismatch", "high", null,
					"Ảnh thu nhỏ do máy ảnh ghi (EXIF) khác với ảnh hiện tại — ảnh đã bị thay đổi sau khi chụp.",
					"The camera's EXIF thumbnail differs from the picture — it was changed after capture."));
			strengths.add(m.thumbnailCorrelation() < 0.3 ? 0.8 : 0.65);
		}
		if (m.xmpEntityDeclaration()) {
			findings.add(new Finding("xmp_entity_declaration", "medium", null,
					"Siêu dữ liệu XMP chứa khai báo thực thể XML (kiểu tấn công XXE); phần này không được xử lý.",
					"The XMP metadata declares XML entities (an XXE attempt); it was not processed."));
		}
		if (m.contentCredentials()) {
			findings.add(new Finding("content_credentials", "info", null,
					"Có thông tin chứng thực nội dung (C2PA) — chưa được kiểm chứng.",
					"Content credentials (C2PA) present — not validated."));
		}
		if (m.dateOriginal() != null && m.dateModified() != null && !m.dateOriginal().equals(m.dateModified())
				&& m.editingSoftware() != null) {
			findings.add(new Finding("dates_differ", "low", null,
					"Ngày chụp (" + m.dateOriginal() + ") khác ngày sửa (" + m.dateModified() + ").", "Capture date ("
							+ m.dateOriginal() + ") differs from modification date (" + m.dateModified() + ")."));
		}
	}

	private static String nullToEmpty(@org.jspecify.annotations.Nullable String s) {
		return (s == null) ? "" : s;
	}

	static PixelRegion clip(PixelRegion r, int width, int height) {
		int x = Math.max(0, Math.min(width, r.x()));
		int y = Math.max(0, Math.min(height, r.y()));
		return new PixelRegion(x, y, Math.min(width - x, r.width()), Math.min(height - y, r.height()));
	}

}
