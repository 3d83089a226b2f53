package vn.canhgiac.app.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

import vn.canhgiac.app.audit.AuditCheckpoint;
import vn.canhgiac.app.audit.AuditCheckpoints;
import vn.canhgiac.app.audit.AuditRecord;
import vn.canhgiac.app.audit.AuditTrail;
import vn.canhgiac.app.checks.CheckManagement;
import vn.canhgiac.app.checks.ContentCheck;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.evidence.EvidenceAccess;
import vn.canhgiac.app.evidence.EvidenceManagement;
import vn.canhgiac.app.evidence.EvidenceObject;
import vn.canhgiac.app.platform.PdfRenderer;
import vn.canhgiac.app.reports.Report;
import vn.canhgiac.app.reports.ReportManagement;

/**
 * The case file: a PDF summary in Vietnamese, and an evidence package (ZIP) holding the
 * originals, the summary, and a manifest with every file's SHA-256, the chain of custody,
 * the case's audit entries and the latest signed audit checkpoint. The manifest is signed
 * with the audit key ({@code manifest.sig}); {@code bin/canhgiac verify-package} checks
 * all of it offline, so any changed byte fails verification.
 */
@Service
public class CaseExport {

	public static final String FORMAT = "canhgiac-case-package/1";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final CaseManagement cases;

	private final ReportManagement reports;

	private final CheckManagement checks;

	private final EvidenceManagement evidence;

	private final AuditTrail audit;

	private final AuditCheckpoints checkpoints;

	private final PdfRenderer pdf;

	private final Clock clock;

	CaseExport(CaseManagement cases, ReportManagement reports, CheckManagement checks, EvidenceManagement evidence,
			AuditTrail audit, AuditCheckpoints checkpoints, PdfRenderer pdf, Clock clock) {
		this.cases = cases;
		this.reports = reports;
		this.checks = checks;
		this.evidence = evidence;
		this.audit = audit;
		this.checkpoints = checkpoints;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** The PDF summary of a case the officer may see; the export is audited. */
	public byte[] summaryPdf(UUID caseId, AuthenticatedPerson officer, Locale locale) throws IOException {
		PoliceCase policeCase = this.cases.get(caseId, officer);
		this.audit.record(officer, "case.export.pdf", "case", caseId.toString(), caseId.toString(), Map.of());
		return render(policeCase, officer, locale);
	}

	/**
	 * Writes the evidence package of a case the officer may see. Records the export first
	 * and signs a fresh checkpoint, so the package proves the trail up to its own export.
	 */
	public void writePackage(UUID caseId, AuthenticatedPerson officer, OutputStream out) throws IOException {
		PoliceCase policeCase = this.cases.get(caseId, officer);
		this.audit.record(officer, "case.export.package", "case", caseId.toString(), caseId.toString(), Map.of());
		AuditCheckpoint checkpoint = this.checkpoints.checkpointNow().orElseThrow();
		byte[] summary = render(policeCase, officer, Locale.forLanguageTag("vi"));

		List<Map<String, Object>> files = new ArrayList<>();
		Map<String, byte[]> contents = new LinkedHashMap<>();
		contents.put("summary.pdf", summary);
		files.add(fileEntry("summary.pdf", sha256(summary), summary.length, "application/pdf", null));
		List<Map<String, Object>> custody = new ArrayList<>();
		for (EvidenceObject object : evidenceOf(policeCase)) {
			byte[] bytes = this.evidence.read(object.id(), officer.accountId(), EvidenceAccess.DOWNLOAD,
					"case " + policeCase.ref() + ": evidence package");
			String path = "evidence/" + object.id();
			contents.put(path, bytes);
			// The manifest carries the hash taken at intake, not one taken now: a stored
			// object that changed since then makes the package fail verification.
			files.add(fileEntry(path, object.sha256(), object.sizeBytes(), object.contentType(), object.id()));
			for (EvidenceManagement.AccessRecord access : this.evidence.accessLog(object.id())) {
				custody.add(Map.of("evidence", object.id().toString(), "at", access.at().toString(), "by",
						access.username(), "action", access.action().name(), "purpose", access.purpose()));
			}
		}
		List<Map<String, Object>> trail = new ArrayList<>();
		for (AuditRecord record : this.audit.forCase(caseId.toString())) {
			trail.add(Map.of("seq", record.seq(), "at", record.at().toString(), "by", record.actorName(), "action",
					record.action()));
		}
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", FORMAT);
		manifest.put("case", Map.of("id", caseId.toString(), "ref", policeCase.ref(), "status",
				policeCase.status().name(), "category", policeCase.category()));
		manifest.put("exportedAt", this.clock.instant().toString());
		manifest.put("exportedBy", officer.username());
		manifest.put("files", files);
		manifest.put("custody", custody);
		manifest.put("audit", trail);
		manifest.put("checkpoint", Map.of("seq", checkpoint.seq(), "hash", checkpoint.hash(), "at",
				checkpoint.at().toString(), "signature", checkpoint.signature()));
		manifest.put("publicKey", this.checkpoints.publicKeyBase64());
		byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
		String signature = this.checkpoints.signExport(new String(manifestBytes, StandardCharsets.UTF_8));

		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "manifest.json", manifestBytes);
			put(zip, "manifest.sig", signature.getBytes(StandardCharsets.US_ASCII));
			for (Map.Entry<String, byte[]> entry : contents.entrySet()) {
				put(zip, entry.getKey(), entry.getValue());
			}
		}
	}

	private List<EvidenceObject> evidenceOf(PoliceCase policeCase) {
		List<EvidenceObject> objects = new ArrayList<>();
		for (UUID checkId : this.reports.checkIds(policeCase.reportId())) {
			this.checks.find(checkId)
				.map(ContentCheck::evidenceId)
				.flatMap(this.evidence::find)
				.filter((o) -> objects.stream().noneMatch((seen) -> seen.id().equals(o.id())))
				.ifPresent(objects::add);
		}
		return objects;
	}

	private byte[] render(PoliceCase policeCase, AuthenticatedPerson officer, Locale locale) throws IOException {
		Report report = this.reports.find(policeCase.reportId()).orElseThrow();
		Map<String, Object> model = new HashMap<>();
		model.put("case", policeCase);
		model.put("report", report);
		model.put("station", (policeCase.stationId() != null)
				? this.cases.station(policeCase.stationId()).map((s) -> s.name()).orElse("") : "");
		model.put("evidence", evidenceOf(policeCase));
		model.put("indicators", this.cases.indicators(policeCase.id()));
		model.put("timeline", this.audit.forCase(policeCase.id().toString()));
		model.put("exportedBy", officer.displayName());
		model.put("exportedAt", this.clock.instant());
		model.put("checkpoint", this.checkpoints.latest().orElse(null));
		return this.pdf.render("cases/summary-pdf", model, locale);
	}

	private static Map<String, Object> fileEntry(String path, String sha256, long size, String contentType,
			UUID evidenceId) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("path", path);
		entry.put("sha256", sha256);
		entry.put("size", size);
		entry.put("contentType", contentType);
		if (evidenceId != null) {
			entry.put("evidenceId", evidenceId.toString());
		}
		return entry;
	}

	private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
