package vn.canhgiac.app.reports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canhgiac.app.audit.AuditTrail;
import vn.canhgiac.app.checks.CheckManagement;
import vn.canhgiac.app.checks.ContentCheck;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.PoliceStation;
import vn.canhgiac.app.evidence.EvidenceAccess;
import vn.canhgiac.app.evidence.EvidenceManagement;
import vn.canhgiac.app.intel.ObservedIndicator;
import vn.canhgiac.engine.indicators.Indicator;
import vn.canhgiac.engine.indicators.IndicatorType;
import vn.canhgiac.engine.indicators.Indicators;

/**
 * Takes reports in and answers the reporter. Access rules are the callers': staff see
 * their own reports, anonymous reporters the one their tracking code opens, police the
 * reports of their cases.
 */
@Service
public class ReportManagement {

	public static final int MAX_FILES = 10;

	public static final int MAX_LINKS = 10;

	public static final int MAX_TEXT_CHARS = 20_000;

	/** What the reporter agrees to; stored with each report, word for word. */
	public static final String CONSENT_TEXT = "Tôi đồng ý gửi phản ánh này cùng các dữ liệu cá nhân nhạy cảm "
			+ "(hình ảnh, tin nhắn, số điện thoại, tài khoản) cho cơ quan Công an để xác minh và xử lý theo quy định "
			+ "của pháp luật. Dữ liệu được mã hoá và chỉ cán bộ được giao xử lý mới được xem; mỗi lần xem đều được ghi lại.";

	public static final String CONSENT_BASIS = "Sự đồng ý của chủ thể dữ liệu, Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15";

	private final Reports reports;

	private final CheckManagement checks;

	private final EvidenceManagement evidence;

	private final DirectoryManagement directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportManagement(Reports reports, CheckManagement checks, EvidenceManagement evidence,
			DirectoryManagement directory, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.checks = checks;
		this.evidence = evidence;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A file attached to a report. */
	public record Upload(InputStream content, @Nullable String name) {
	}

	/**
	 * Submits a report: stores the evidence (encrypted), starts a check of every piece,
	 * records the report and, through {@link ReportSubmitted}, opens the case in the
	 * serving station's inbox — all or nothing.
	 * @param reporter the signed-in reporter, or null for an anonymous member of the
	 * public
	 * @throws ReportRefused when something required is missing or too large
	 */
	@Transactional
	public Report submit(ReportDraft draft, List<Upload> uploads, @Nullable AuthenticatedPerson reporter) {
		validate(draft, uploads, reporter);
		Long accountId = (reporter != null) ? reporter.accountId() : null;
		Optional<PoliceStation> station = stationFor(draft, reporter);
		UUID id = UUID.randomUUID();
		UUID descriptionId = draft.description().isBlank() ? null
				: this.evidence
					.storeBytes(draft.description().strip().getBytes(StandardCharsets.UTF_8), "description.txt",
							accountId)
					.id();
		Instant now = this.clock.instant();
		Report report = new Report(id, TrackingCodes.next(), accountId,
				(reporter != null) ? reporter.displayName() : Reports.blankToNull(draft.reporterName()),
				(reporter != null) ? workEmail(reporter) : Reports.blankToNull(draft.reporterEmail()),
				Reports.blankToNull(draft.reporterPhone()), draft.category(), draft.channel(), draft.happenedOn(),
				descriptionId, draft.moneyDemanded(), draft.moneyPaid(), communeOf(draft, reporter),
				station.map(PoliceStation::id).orElse(null), ReportStatus.RECEIVED, CONSENT_BASIS, now,
				ownCheck(draft.fromCheck(), accountId), now);
		this.reports.insert(report, CONSENT_TEXT);
		List<UUID> checkIds = runChecks(report, draft, uploads, accountId);
		checkIds.forEach((checkId) -> this.reports.addCheck(id, checkId));
		List<ObservedIndicator> indicators = typedIndicators(draft);
		indicators.forEach((indicator) -> this.reports.addIndicator(id, indicator));
		this.audit.record(reporter, "report.submit", "report", id.toString(), null,
				Map.of("category", draft.category().name(), "channel", draft.channel().name(), "files",
						Integer.toString(uploads.size()), "consent", "given"));
		this.events.publishEvent(new ReportSubmitted(id, report.stationId(), draft.category(), indicators, checkIds));
		return report;
	}

	public Optional<Report> find(UUID id) {
		return this.reports.byId(id);
	}

	/** A report, if {@code accountId} submitted it. */
	public Optional<Report> own(UUID id, long accountId) {
		return this.reports.byId(id).filter((r) -> r.reporterAccountId() != null && r.reporterAccountId() == accountId);
	}

	public List<Report> ownReports(long accountId) {
		return this.reports.byReporter(accountId);
	}

	public Optional<Report> byTrackingCode(String typed) {
		String code = TrackingCodes.clean(typed);
		if (!code.matches("PA(-[A-Z2-9]{4}){4}")) {
			return Optional.empty();
		}
		return this.reports.byTrackingCode(code);
	}

	/** The reporter's own words, read from the evidence store (the read is logged). */
	public String description(Report report, @Nullable Long viewer, String purpose) {
		if (report.descriptionId() == null) {
			return "";
		}
		return new String(this.evidence.read(report.descriptionId(), viewer, EvidenceAccess.VIEW_BLURRED, purpose),
				StandardCharsets.UTF_8);
	}

	/** The report a check was run for, if it was. */
	public Optional<UUID> reportOfCheck(UUID checkId) {
		return this.reports.reportOfCheck(checkId);
	}

	public List<UUID> checkIds(UUID reportId) {
		return this.reports.checks(reportId);
	}

	public List<ObservedIndicator> indicators(UUID reportId) {
		return this.reports.indicators(reportId);
	}

	public List<ReportMessage> messages(UUID reportId, @Nullable Long viewer) {
		List<ReportMessage> result = new ArrayList<>();
		for (Reports.StoredMessage message : this.reports.messages(reportId)) {
			String body = new String(
					this.evidence.read(message.bodyId(), viewer, EvidenceAccess.VIEW_BLURRED, "report conversation"),
					StandardCharsets.UTF_8);
			result.add(new ReportMessage(message.id(), message.fromPolice(), body, message.at()));
		}
		return result;
	}

	/**
	 * Adds a message to the conversation. Police messages are signed by the station, so
	 * the officer's name never reaches the reporter.
	 */
	@Transactional
	public void postMessage(UUID reportId, boolean fromPolice, String text, @Nullable AuthenticatedPerson author,
			@Nullable String caseRef) {
		String body = text.strip();
		if (body.isEmpty() || body.length() > MAX_TEXT_CHARS) {
			throw new ReportRefused("Tin nhắn trống hoặc quá dài (tối đa 20.000 ký tự).",
					"The message is empty or too long (20,000 characters at most).");
		}
		Long accountId = (author != null) ? author.accountId() : null;
		UUID bodyId = this.evidence.storeBytes(body.getBytes(StandardCharsets.UTF_8), "message.txt", accountId).id();
		this.reports.addMessage(reportId, fromPolice, bodyId);
		if (fromPolice) {
			this.events.publishEvent(new ReportUpdated(reportId));
		}
		this.audit.record(author, fromPolice ? "report.message.police" : "report.message.reporter", "report",
				reportId.toString(), caseRef, Map.of());
	}

	/** Called by the cases module when the case moves on. */
	@Transactional
	public void updateStatus(UUID reportId, ReportStatus status) {
		boolean changed = this.reports.byId(reportId).map((r) -> r.status() != status).orElse(false);
		this.reports.updateStatus(reportId, status);
		if (changed) {
			this.events.publishEvent(new ReportUpdated(reportId));
		}
	}

	private void validate(ReportDraft draft, List<Upload> uploads, @Nullable AuthenticatedPerson reporter) {
		if (!draft.consent()) {
			throw new ReportRefused("Bạn cần đánh dấu ô đồng ý để gửi phản ánh.",
					"Tick the consent box to send the report.");
		}
		if (uploads.size() > MAX_FILES) {
			throw new ReportRefused("Tối đa 10 tệp cho một phản ánh.", "At most 10 files per report.");
		}
		for (String text : List.of(draft.description(), draft.pastedText(), draft.links())) {
			if (text.length() > MAX_TEXT_CHARS) {
				throw new ReportRefused("Nội dung quá dài (tối đa 20.000 ký tự mỗi ô).",
						"The text is too long (20,000 characters per box at most).");
			}
		}
		if (links(draft).size() > MAX_LINKS) {
			throw new ReportRefused("Tối đa 10 đường link.", "At most 10 links.");
		}
		boolean hasContent = !draft.description().isBlank() || !draft.pastedText().isBlank() || !draft.links().isBlank()
				|| !uploads.isEmpty() || draft.fromCheck() != null || !typedIndicators(draft).isEmpty();
		if (!hasContent) {
			throw new ReportRefused("Hãy kể lại sự việc hoặc đính kèm ít nhất một bằng chứng.",
					"Describe what happened or attach at least one piece of evidence.");
		}
		if (reporter == null && draft.reporterEmail().isBlank() && draft.reporterPhone().isBlank()) {
			throw new ReportRefused(
					"Hãy để lại e-mail hoặc số điện thoại để Công an liên hệ lại (hoặc giữ mã theo dõi sau khi gửi).",
					"Leave an e-mail or phone number so the police can reach you.");
		}
		if (!draft.reporterEmail().isBlank() && !DirectoryManagement.isValidEmail(draft.reporterEmail().strip())) {
			throw new ReportRefused("Địa chỉ e-mail không đúng.", "The e-mail address is not valid.");
		}
		if (draft.communeId() != null
				&& this.directory.unit(draft.communeId()).filter((unit) -> unit.kind().isCommuneLevel()).isEmpty()) {
			throw new ReportRefused("Hãy chọn xã/phường trong danh sách.", "Choose a commune or ward from the list.");
		}
	}

	private @Nullable String workEmail(AuthenticatedPerson reporter) {
		return (reporter.personId() != null)
				? this.directory.person(reporter.personId()).map((p) -> p.email()).orElse(null) : null;
	}

	private Optional<PoliceStation> stationFor(ReportDraft draft, @Nullable AuthenticatedPerson reporter) {
		Long commune = communeOf(draft, reporter);
		if (commune != null) {
			return this.directory.stationFor(commune);
		}
		return Optional.empty();
	}

	private @Nullable Long communeOf(ReportDraft draft, @Nullable AuthenticatedPerson reporter) {
		if (draft.communeId() != null) {
			return draft.communeId();
		}
		if (reporter != null && reporter.unitId() != null) {
			return this.directory.ancestry(reporter.unitId())
				.stream()
				.filter((unit) -> unit.kind().isCommuneLevel())
				.map(vn.canhgiac.app.directory.OrgUnit::id)
				.findFirst()
				.orElse(null);
		}
		return null;
	}

	private @Nullable UUID ownCheck(@Nullable UUID checkId, @Nullable Long accountId) {
		if (checkId == null || accountId == null) {
			return null;
		}
		return this.checks.check(checkId, accountId).map(ContentCheck::id).orElse(null);
	}

	private List<UUID> runChecks(Report report, ReportDraft draft, List<Upload> uploads, @Nullable Long accountId) {
		Set<UUID> ids = new LinkedHashSet<>();
		if (report.fromCheck() != null) {
			ids.add(report.fromCheck());
		}
		if (!draft.pastedText().isBlank()) {
			ids.add(this.checks.checkText(draft.pastedText(), accountId).id());
		}
		for (String link : links(draft)) {
			ids.add(this.checks.checkText(link, accountId).id());
		}
		for (Upload upload : uploads) {
			ContentCheck file = this.checks.checkFile(upload.content(), upload.name(), accountId);
			ids.add(file.id());
			if (this.checks.isPicture(file)) {
				ids.add(this.checks.checkPictureOf(file, accountId).id());
			}
		}
		return new ArrayList<>(ids);
	}

	private static List<String> links(ReportDraft draft) {
		return draft.links().lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	/** The criminal's contacts and payment details as typed, normalised. */
	static List<ObservedIndicator> typedIndicators(ReportDraft draft) {
		Set<ObservedIndicator> found = new LinkedHashSet<>();
		add(found, draft.phone(), null);
		add(found, draft.zalo(), IndicatorType.ZALO);
		String telegram = draft.telegram().strip();
		add(found, (telegram.isEmpty() || telegram.startsWith("@") || telegram.contains("t.me")) ? telegram
				: "@" + telegram, null);
		add(found, draft.email(), null);
		add(found, draft.wallet(), null);
		String account = draft.bankAccount().replaceAll("[\\s.\\-]", "");
		if (account.matches("\\d{6,19}")) {
			found.add(new ObservedIndicator(IndicatorType.BANK_ACCOUNT.wireName(), account));
		}
		else {
			add(found, draft.bankAccount(), null);
		}
		return new ArrayList<>(found);
	}

	private static void add(Set<ObservedIndicator> found, String typed, @Nullable IndicatorType as) {
		if (typed.isBlank()) {
			return;
		}
		for (String part : typed.split("[,;\\n]")) {
			Optional<Indicator> indicator = Indicators.normalize(part);
			indicator.ifPresent((value) -> {
				IndicatorType type = value.type();
				if (as == IndicatorType.ZALO && type == IndicatorType.PHONE) {
					type = IndicatorType.ZALO;
				}
				found.add(new ObservedIndicator(type.wireName(), value.normalized()));
			});
		}
	}

}
