package vn.canhgiac.app.checks;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

import vn.canhgiac.app.evidence.EvidenceAccess;
import vn.canhgiac.app.evidence.EvidenceManagement;
import vn.canhgiac.app.evidence.EvidenceObject;
import vn.canhgiac.app.evidence.EvidenceRejected;
import vn.canhgiac.app.intel.IndicatorsObserved;
import vn.canhgiac.app.intel.ObservedIndicator;
import vn.canhgiac.engine.InputRejected;
import vn.canhgiac.engine.text.TextFingerprint;

/**
 * Submitting content to check and reading the results. Texts and links are analysed at
 * once (milliseconds); files and images go to the background queue.
 */
@Service
public class CheckManagement {

	/** Pasted text larger than this is refused before it is stored. */
	public static final int MAX_TEXT_CHARS = 100_000;

	public static final int MAX_REFERENCES = 5;

	private static final Pattern SINGLE_LINK = Pattern.compile(
			"^(?:h[tx]{2}ps?(?:\\[?:\\]?)?//|www\\.|[\\p{L}\\p{N}-]+(?:\\[?\\.\\]?[\\p{L}\\p{N}-]+)+/?)\\S*$",
			Pattern.CASE_INSENSITIVE);

	private final ContentChecks checks;

	private final EvidenceManagement evidence;

	private final ContentAnalyzers analyzers;

	private final ApplicationEventPublisher events;

	CheckManagement(ContentChecks checks, EvidenceManagement evidence, ContentAnalyzers analyzers,
			ApplicationEventPublisher events) {
		this.events = events;
		this.checks = checks;
		this.evidence = evidence;
		this.analyzers = analyzers;
	}

	/**
	 * Checks a pasted message or link, its source not known.
	 * @throws EvidenceRejected if the text is empty or too long
	 */
	public ContentCheck checkText(String text, @Nullable Long requester) {
		return checkText(text, MessageSender.UNKNOWN, requester);
	}

	/**
	 * Checks a pasted message or link. A single token that looks like a link is checked
	 * as a link; anything else as a message, weighing where it came from.
	 * @throws EvidenceRejected if the text is empty or too long
	 */
	public ContentCheck checkText(String text, MessageSender sender, @Nullable Long requester) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new CheckRefused("Hãy dán tin nhắn hoặc đường link cần kiểm tra.",
					"Paste the message or link to check.");
		}
		if (trimmed.length() > MAX_TEXT_CHARS) {
			throw new CheckRefused("Nội dung quá dài (tối đa 100.000 ký tự).",
					"The text is too long (100,000 characters at most).");
		}
		CheckKind kind = SINGLE_LINK.matcher(trimmed).matches() ? CheckKind.URL : CheckKind.MESSAGE;
		EvidenceObject stored = this.evidence.storeBytes(trimmed.getBytes(StandardCharsets.UTF_8),
				kind == CheckKind.URL ? "link.txt" : "message.txt", requester);
		// A lone link is analysed as a link, which has no use for the sender: it is kept
		// only where it weighs, so a stored source is always one the verdict took into
		// account.
		MessageSender kept = (kind == CheckKind.MESSAGE) ? sender : MessageSender.UNKNOWN;
		UUID id = UUID.randomUUID();
		this.checks.insert(id, kind, CheckStatus.RUNNING, requester, stored.id(), List.of(), kept);
		run(id, null, kind, kept, trimmed.getBytes(StandardCharsets.UTF_8), "text", List.of());
		return this.checks.byId(id).orElseThrow();
	}

	/**
	 * Queues an uploaded file. Pictures here are screenshots and photos of letters: they
	 * are read (OCR, QR codes) like any file; a forensic check of the same picture can
	 * follow with {@link #checkPictureOf}.
	 */
	public ContentCheck checkFile(InputStream upload, @Nullable String fileName, @Nullable Long requester) {
		EvidenceObject stored = this.evidence.store(upload, fileName, requester, this.evidence.maxUploadBytes());
		UUID id = UUID.randomUUID();
		this.checks.insert(id, CheckKind.FILE, CheckStatus.QUEUED, requester, stored.id(), List.of());
		return this.checks.byId(id).orElseThrow();
	}

	/**
	 * Queues a forensic check of the picture an earlier file check read, without a new
	 * upload.
	 */
	public ContentCheck checkPictureOf(ContentCheck fileCheck, @Nullable Long requester) {
		EvidenceObject stored = this.evidence.find(fileCheck.evidenceId()).orElseThrow();
		if (!isImage(stored)) {
			throw new CheckRefused("Tệp này không phải ảnh.", "This file is not a picture.");
		}
		UUID id = UUID.randomUUID();
		this.checks.insert(id, CheckKind.IMAGE, CheckStatus.QUEUED, requester, stored.id(), List.of());
		return this.checks.byId(id).orElseThrow();
	}

	/**
	 * Queues an image with reference photos of the person (their public profile
	 * pictures).
	 */
	public ContentCheck checkImage(InputStream image, @Nullable String fileName, List<Upload> references,
			@Nullable Long requester) {
		if (references.size() > MAX_REFERENCES) {
			throw new CheckRefused("Tối đa 5 ảnh tham chiếu.", "At most 5 reference photos.");
		}
		EvidenceObject stored = this.evidence.store(image, fileName, requester, this.evidence.maxUploadBytes());
		if (!isImage(stored)) {
			throw new CheckRefused("Tệp này không phải ảnh. Dùng \"Kiểm tra nội dung\" cho các loại tệp khác.",
					"This file is not a picture. Use \"Check content\" for other files.");
		}
		List<UUID> referenceIds = new ArrayList<>();
		for (Upload reference : references) {
			referenceIds.add(this.evidence
				.store(reference.content(), reference.name(), requester, this.evidence.maxUploadBytes())
				.id());
		}
		UUID id = UUID.randomUUID();
		this.checks.insert(id, CheckKind.IMAGE, CheckStatus.QUEUED, requester, stored.id(), referenceIds);
		return this.checks.byId(id).orElseThrow();
	}

	/**
	 * Checks an e-mail forwarded to the reporting mailbox, at once, and files it under
	 * the forwarding member of staff.
	 */
	public ContentCheck checkForwardedMail(byte[] eml, long requester) {
		EvidenceObject stored = this.evidence.storeBytes(eml, "forwarded.eml", requester);
		UUID id = UUID.randomUUID();
		this.checks.insert(id, CheckKind.FILE, CheckStatus.RUNNING, requester, stored.id(), List.of());
		run(id, null, CheckKind.FILE, MessageSender.UNKNOWN, eml, "forwarded.eml", List.of());
		return this.checks.byId(id).orElseThrow();
	}

	/** A check, if it exists and {@code viewer} asked for it. */
	public Optional<ContentCheck> check(UUID id, @Nullable Long viewer) {
		return this.checks.byId(id).filter((c) -> c.requestedBy() != null && c.requestedBy().equals(viewer));
	}

	/**
	 * A check by id, for modules that enforce their own access rules (a police officer
	 * working the case the check belongs to).
	 */
	public Optional<ContentCheck> find(UUID id) {
		return this.checks.byId(id);
	}

	/** Whether the checked file is a picture, so a forensic check of it makes sense. */
	public boolean isPicture(ContentCheck check) {
		return this.evidence.find(check.evidenceId()).map(CheckManagement::isImage).orElse(false);
	}

	/**
	 * A picture of a check as a PNG: blurred unless {@code reveal}, with the findings
	 * outlined. The read is logged with who and why; the caller enforces access.
	 * @throws java.io.IOException when the stored file is no picture
	 */
	public byte[] picturePreview(ContentCheck check, boolean reveal, @Nullable Long viewer, String purpose)
			throws java.io.IOException {
		byte[] original = this.evidence.read(check.evidenceId(), viewer,
				reveal ? EvidenceAccess.REVEAL : EvidenceAccess.VIEW_BLURRED, purpose);
		return vn.canhgiac.app.checks.web.ImagePreview.render(original, !reveal,
				(check.kind() == CheckKind.IMAGE && check.verdict() != null)
						? vn.canhgiac.app.checks.web.CheckView.boxes(check) : List.of());
	}

	public List<ContentCheck> recent(long viewer) {
		return this.checks.recentBy(viewer, 20);
	}

	/** The checked text, for showing it back with the risky parts marked. */
	public String text(ContentCheck check, @Nullable Long viewer) {
		return new String(
				this.evidence.read(check.evidenceId(), viewer, EvidenceAccess.VIEW_BLURRED, "show checked text"),
				StandardCharsets.UTF_8);
	}

	/** Runs one claimed check: reads the evidence, analyses it, stores the outcome. */
	void runClaimed(ContentCheck check, String claim) {
		byte[] content = this.evidence.read(check.evidenceId(), null, EvidenceAccess.ANALYSE, "check " + check.id());
		List<byte[]> references = new ArrayList<>();
		for (UUID reference : check.referenceIds()) {
			references.add(this.evidence.read(reference, null, EvidenceAccess.ANALYSE, "check " + check.id()));
		}
		String name = this.evidence.find(check.evidenceId()).map(EvidenceObject::displayName).orElse(null);
		run(check.id(), claim, check.kind(), check.sender(), content, (name == null) ? "upload" : name, references);
	}

	private void run(UUID id, @Nullable String claim, CheckKind kind, MessageSender sender, byte[] content, String name,
			List<byte[]> references) {
		try {
			AnalysisOutcome outcome = switch (kind) {
				case MESSAGE -> this.analyzers.message(new String(content, StandardCharsets.UTF_8), sender);
				case URL -> this.analyzers.url(new String(content, StandardCharsets.UTF_8));
				case FILE -> this.analyzers.file(content, name);
				case IMAGE -> this.analyzers.image(content, references);
			};
			if (this.checks.complete(id, claim, withStoredImages(outcome))) {
				publishIndicators(id, kind, content, outcome);
			}
		}
		catch (InputRejected ex) {
			this.checks.fail(id, ex.messageVi(), ex.messageEn());
		}
	}

	/**
	 * Tells the intel module what the check found (values in normal form, the picture's
	 * perceptual hash, a message's SimHash); intel records them as check sightings, which
	 * never link cases.
	 */
	private void publishIndicators(UUID id, CheckKind kind, byte[] content, AnalysisOutcome outcome) {
		List<ObservedIndicator> found = new ArrayList<>();
		JsonNode report = EngineJson.MAPPER.readTree(outcome.reportJson());
		for (JsonNode indicator : report.path("indicators")) {
			String type = indicator.path("type").asString("");
			String normalized = indicator.path("normalized").asString("");
			if (!type.isEmpty() && !type.equals("amount") && !normalized.isEmpty()) {
				found.add(new ObservedIndicator(type, normalized));
			}
		}
		String hash = report.path("perceptualHash").asString("");
		if (hash.matches("[0-9a-f]{16}")) {
			found.add(new ObservedIndicator("image_hash", hash));
		}
		if (kind == CheckKind.MESSAGE) {
			found.add(new ObservedIndicator("text_fingerprint",
					TextFingerprint.simHash64(new String(content, StandardCharsets.UTF_8))));
		}
		if (!found.isEmpty()) {
			this.events.publishEvent(
					new IndicatorsObserved(IndicatorsObserved.Source.CHECK, id, null, found, java.time.Instant.now()));
		}
	}

	private AnalysisOutcome withStoredImages(AnalysisOutcome outcome) {
		// Heat maps derived from evidence are evidence too: encrypted like the original.
		if (outcome.images().isEmpty()) {
			return outcome;
		}
		StringBuilder ids = new StringBuilder();
		for (AnalysisOutcome.NamedImage image : outcome.images()) {
			UUID stored = this.evidence.storeBytes(image.png(), image.kind() + ".png", null).id();
			ids.append(ids.isEmpty() ? "" : ",")
				.append('"')
				.append(image.kind())
				.append("\":\"")
				.append(stored)
				.append('"');
		}
		String json = outcome.reportJson().strip();
		String withMaps = json.substring(0, json.length() - 1) + ",\"storedMaps\":{" + ids + "}}";
		return new AnalysisOutcome(outcome.verdict(), outcome.score(), outcome.category(), withMaps, List.of());
	}

	private static boolean isImage(EvidenceObject object) {
		return object.contentType().startsWith("image/");
	}

	/** One uploaded file with the name the user gave it. */
	public record Upload(InputStream content, @Nullable String name) {

	}

}
