package vn.canhgiac.app.cases;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.canhgiac.app.accounts.AccountManagement;
import vn.canhgiac.app.accounts.Colleague;
import vn.canhgiac.app.accounts.Role;
import vn.canhgiac.app.audit.AuditTrail;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.PoliceStation;
import vn.canhgiac.app.intel.IndicatorsObserved;
import vn.canhgiac.app.intel.ObservedIndicator;
import vn.canhgiac.app.reports.ReportManagement;
import vn.canhgiac.app.reports.ReportSubmitted;

/**
 * Case work. Every method takes the acting officer and refuses (as "not found") a case
 * they may not see; every change is written to the audit trail with the case as
 * reference, which is also the case's timeline.
 */
@Service
public class CaseManagement {

	static final int MAX_TEXT = 10_000;

	private final Cases cases;

	private final ReportManagement reports;

	private final DirectoryManagement directory;

	private final AccountManagement accounts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseManagement(Cases cases, ReportManagement reports, DirectoryManagement directory, AccountManagement accounts,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.reports = reports;
		this.directory = directory;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Opens the case of a new report, in the same transaction as the report. */
	@EventListener
	void open(ReportSubmitted submitted) {
		UUID id = this.cases.open(submitted.reportId(), submitted.stationId(), submitted.category().name(),
				this.clock.instant());
		submitted.indicators().forEach((i) -> this.cases.addIndicator(id, i.type(), i.value(), "REPORTER"));
		this.audit.record(null, "case.open", "case", id.toString(), id.toString(),
				Map.of("report", submitted.reportId().toString(), "station", String.valueOf(submitted.stationId())));
		if (!submitted.indicators().isEmpty()) {
			this.events.publishEvent(new IndicatorsObserved(IndicatorsObserved.Source.CASE, id, id,
					submitted.indicators(), this.clock.instant()));
		}
	}

	/**
	 * When a check of a report's evidence finishes, the picture's perceptual hash and the
	 * message's fingerprint become sightings of the case, so near-duplicate letters and
	 * pictures link cases at once. Contacts and accounts found by the check are only
	 * proposed; an officer accepts them ({@link #acceptIndicator}). After commit, so the
	 * report and its case exist even for a check run inside the submission.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void checkFinished(IndicatorsObserved observed) {
		if (observed.source() != IndicatorsObserved.Source.CHECK) {
			return;
		}
		List<ObservedIndicator> fingerprints = observed.indicators()
			.stream()
			.filter((i) -> i.type().equals("image_hash") || i.type().equals("text_fingerprint"))
			.toList();
		if (fingerprints.isEmpty()) {
			return;
		}
		this.reports.reportOfCheck(observed.sourceId())
			.flatMap(this.cases::byReport)
			.ifPresent((c) -> this.events.publishEvent(new IndicatorsObserved(IndicatorsObserved.Source.CASE, c.id(),
					c.id(), fingerprints, this.clock.instant())));
	}

	public PoliceCase get(UUID id, AuthenticatedPerson viewer) {
		return this.cases.visible(id, viewer).orElseThrow(CaseNotFound::new);
	}

	public List<PoliceCase> inbox(AuthenticatedPerson viewer, @Nullable CaseStatus status, boolean mine) {
		return this.cases.inbox(viewer, status, mine, 200);
	}

	/** The case of a report, for the reporter's status page (no access check). */
	public Optional<PoliceCase> ofReport(UUID reportId) {
		return this.cases.byReport(reportId);
	}

	/** Officers who may be given the case: those of its station, or of the province. */
	public List<Colleague> assignableOfficers(PoliceCase policeCase, AuthenticatedPerson viewer) {
		Long unit = (policeCase.stationId() != null)
				? station(policeCase.stationId()).map(PoliceStation::unitId).orElse(null) : viewer.unitId();
		if (unit == null) {
			return List.of();
		}
		java.util.List<Colleague> result = new java.util.ArrayList<>(
				this.accounts.withRoleInUnit(Role.POLICE_OFFICER, unit));
		if (viewer.hasRole("POLICE_ADMIN") || viewer.hasRole("POLICE_OFFICER")) {
			if (result.stream().noneMatch((c) -> c.accountId() == viewer.accountId())) {
				result.add(new Colleague(viewer.accountId(), viewer.displayName()));
			}
		}
		return result;
	}

	@Transactional
	public void triage(UUID id, String category, CaseSeverity severity, AuthenticatedPerson officer) {
		PoliceCase policeCase = editable(id, officer);
		this.cases.triage(id, category, severity);
		this.audit.record(officer, "case.triage", "case", id.toString(), id.toString(),
				Map.of("category", category, "severity", severity.name()));
		syncReporter(policeCase.id());
	}

	@Transactional
	public void assign(UUID id, long assigneeId, AuthenticatedPerson officer) {
		PoliceCase policeCase = editable(id, officer);
		if (assignableOfficers(policeCase, officer).stream().noneMatch((c) -> c.accountId() == assigneeId)) {
			throw new CaseRefused("Chỉ giao được cho cán bộ của đơn vị tiếp nhận.",
					"A case can only be assigned to an officer of the receiving station.");
		}
		this.cases.assign(id, assigneeId);
		if (policeCase.status() == CaseStatus.NEW || policeCase.status() == CaseStatus.TRIAGED) {
			this.cases.moveTo(id, CaseStatus.INVESTIGATING, null);
		}
		this.audit.record(officer, "case.assign", "case", id.toString(), id.toString(),
				Map.of("assignee", Long.toString(assigneeId)));
		syncReporter(id);
	}

	@Transactional
	public void move(UUID id, CaseStatus status, @Nullable String resolution, AuthenticatedPerson officer) {
		PoliceCase policeCase = get(id, officer);
		if (policeCase.mergedInto() != null) {
			throw new CaseRefused("Vụ việc này đã được gộp vào vụ việc khác.", "This case was merged into another.");
		}
		if (!policeCase.status().next().contains(status)) {
			throw new CaseRefused("Không thể chuyển vụ việc sang trạng thái này.",
					"The case cannot move to this status from where it is.");
		}
		String clean = (resolution != null) ? resolution.strip() : "";
		if ((status == CaseStatus.CLOSED || status == CaseStatus.REFERRED) && clean.isEmpty()) {
			throw new CaseRefused("Hãy ghi kết quả xử lý trước khi kết thúc hoặc chuyển vụ việc.",
					"Write the resolution before closing or referring the case.");
		}
		requireShort(clean);
		this.cases.moveTo(id, status, clean.isEmpty() ? null : clean);
		this.audit.record(officer, "case.status", "case", id.toString(), id.toString(),
				Map.of("from", policeCase.status().name(), "to", status.name()));
		syncReporter(id);
	}

	/**
	 * Merges a duplicate into the case that carries on: the duplicate is closed with a
	 * pointer, and its indicators are added to the other case.
	 */
	@Transactional
	public void merge(UUID duplicateId, String targetRef, AuthenticatedPerson officer) {
		PoliceCase duplicate = editable(duplicateId, officer);
		PoliceCase target = this.inbox(officer, null, false)
			.stream()
			.filter((c) -> c.ref().equalsIgnoreCase(targetRef.strip()))
			.findFirst()
			.orElseThrow(
					() -> new CaseRefused("Không tìm thấy vụ việc " + targetRef.strip() + " trong hộp thư của bạn.",
							"No case " + targetRef.strip() + " in your inbox."));
		if (target.id().equals(duplicate.id()) || target.mergedInto() != null) {
			throw new CaseRefused("Hãy chọn một vụ việc khác, chưa bị gộp.", "Choose another case that is not merged.");
		}
		this.cases.mergeInto(duplicate.id(), target.id(), "Gộp vào " + target.ref());
		for (CaseIndicator indicator : this.cases.indicators(duplicate.id())) {
			this.cases.addIndicator(target.id(), indicator.type(), indicator.value(), indicator.origin());
		}
		this.audit.record(officer, "case.merge", "case", duplicate.id().toString(), duplicate.id().toString(),
				Map.of("into", target.id().toString()));
		this.audit.record(officer, "case.merged-from", "case", target.id().toString(), target.id().toString(),
				Map.of("from", duplicate.id().toString()));
		syncReporter(duplicate.id());
	}

	@Transactional
	public void share(UUID id, long stationId, AuthenticatedPerson officer) {
		editable(id, officer);
		if (station(stationId).isEmpty()) {
			throw new CaseRefused("Không có đơn vị này.", "No such station.");
		}
		this.cases.share(id, stationId);
		this.audit.record(officer, "case.share", "case", id.toString(), id.toString(),
				Map.of("station", Long.toString(stationId)));
	}

	@Transactional
	public void addNote(UUID id, String body, AuthenticatedPerson officer) {
		get(id, officer);
		String clean = requireText(body);
		this.cases.addNote(id, officer.accountId(), clean);
		this.audit.record(officer, "case.note", "case", id.toString(), id.toString(), Map.of());
	}

	@Transactional
	public void addTask(UUID id, String title, @Nullable Long assigneeId, AuthenticatedPerson officer) {
		PoliceCase policeCase = get(id, officer);
		String clean = requireText(title);
		if (assigneeId != null
				&& assignableOfficers(policeCase, officer).stream().noneMatch((c) -> c.accountId() == assigneeId)) {
			throw new CaseRefused("Chỉ giao được cho cán bộ của đơn vị tiếp nhận.",
					"Tasks can only go to officers of the receiving station.");
		}
		long task = this.cases.addTask(id, clean, assigneeId, officer.accountId());
		this.audit.record(officer, "case.task.add", "case", id.toString(), id.toString(),
				Map.of("task", Long.toString(task)));
	}

	@Transactional
	public void completeTask(UUID id, long taskId, AuthenticatedPerson officer) {
		get(id, officer);
		if (this.cases.completeTask(id, taskId)) {
			this.audit.record(officer, "case.task.done", "case", id.toString(), id.toString(),
					Map.of("task", Long.toString(taskId)));
		}
	}

	/** Sends a message to the reporter, signed by the station. */
	@Transactional
	public void messageReporter(UUID id, String body, AuthenticatedPerson officer) {
		PoliceCase policeCase = get(id, officer);
		this.reports.postMessage(policeCase.reportId(), true, body, officer, id.toString());
	}

	/** Accepts an indicator found by the analyses into the case; intel records it. */
	@Transactional
	public void acceptIndicator(UUID id, String type, String value, AuthenticatedPerson officer) {
		get(id, officer);
		ObservedIndicator indicator = new ObservedIndicator(type, value);
		this.cases.addIndicator(id, type, value, "ANALYSIS");
		this.audit.record(officer, "case.indicator.accept", "case", id.toString(), id.toString(), Map.of("type", type));
		this.events.publishEvent(new IndicatorsObserved(IndicatorsObserved.Source.CASE, id, id, List.of(indicator),
				this.clock.instant()));
	}

	public List<CaseTask> tasks(UUID id) {
		return this.cases.tasks(id);
	}

	public List<CaseNote> notes(UUID id) {
		return this.cases.notes(id);
	}

	public List<CaseIndicator> indicators(UUID id) {
		return this.cases.indicators(id);
	}

	public List<String> mergedFrom(UUID id) {
		return this.cases.mergedFrom(id);
	}

	public List<PoliceStation> sharedWith(UUID id) {
		List<Long> ids = this.cases.sharedWith(id);
		return this.directory.stations().stream().filter((s) -> ids.contains(s.id())).toList();
	}

	public Optional<PoliceStation> station(long stationId) {
		return this.directory.stations().stream().filter((s) -> s.id() == stationId).findFirst();
	}

	/** Records that an officer looked at something of the case (views are audited). */
	public void recordView(UUID id, String what, AuthenticatedPerson officer) {
		this.audit.record(officer, "case." + what, "case", id.toString(), id.toString(), Map.of());
	}

	private PoliceCase editable(UUID id, AuthenticatedPerson officer) {
		PoliceCase policeCase = get(id, officer);
		if (policeCase.mergedInto() != null) {
			throw new CaseRefused("Vụ việc này đã được gộp vào vụ việc khác.", "This case was merged into another.");
		}
		return policeCase;
	}

	private void syncReporter(UUID id) {
		this.cases.byId(id).ifPresent((c) -> this.reports.updateStatus(c.reportId(), c.status().forReporter()));
	}

	private static String requireText(String text) {
		String clean = text.strip();
		if (clean.isEmpty()) {
			throw new CaseRefused("Nội dung trống.", "The text is empty.");
		}
		requireShort(clean);
		return clean;
	}

	private static void requireShort(String text) {
		if (text.length() > MAX_TEXT) {
			throw new CaseRefused("Nội dung quá dài (tối đa 10.000 ký tự).", "Too long (10,000 characters at most).");
		}
	}

}
