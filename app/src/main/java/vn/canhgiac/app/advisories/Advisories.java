package vn.canhgiac.app.advisories;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.canhgiac.app.audit.AuditTrail;
import vn.canhgiac.app.directory.AuthenticatedPerson;
import vn.canhgiac.app.directory.DirectoryManagement;
import vn.canhgiac.app.directory.OrgUnit;
import vn.canhgiac.app.evidence.EvidenceAccess;
import vn.canhgiac.app.evidence.EvidenceManagement;
import vn.canhgiac.app.evidence.EvidenceObject;

/**
 * The advisories module's API: drafting and the two-person publication workflow, the
 * per-person records (opened, acknowledged, quiz), reminders and escalation, and the
 * compliance figures.
 *
 * <p>
 * Who may do what: police administrators and unit administrators draft (a unit
 * administrator only for units of their own subtree); police administrators and leaders
 * review and publish, never their own draft; police administrators and leaders see
 * compliance everywhere, unit administrators in their own subtree.
 */
@Service
public class Advisories {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

	private final AdvisoryRepository repository;

	private final DirectoryManagement directory;

	private final AuditTrail audit;

	private final EvidenceManagement evidence;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AdvisoryMail mail;

	private final AdvisoryProperties properties;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	Advisories(AdvisoryRepository repository, DirectoryManagement directory, AuditTrail audit,
			EvidenceManagement evidence, ApplicationEventPublisher events, Clock clock, AdvisoryMail mail,
			AdvisoryProperties properties, JdbcClient jdbc, TransactionTemplate transaction) {
		this.repository = repository;
		this.directory = directory;
		this.audit = audit;
		this.evidence = evidence;
		this.events = events;
		this.clock = clock;
		this.mail = mail;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	// Who may do what

	public static boolean mayDraft(AuthenticatedPerson user) {
		return user.hasRole("POLICE_ADMIN") || user.hasRole("UNIT_ADMIN");
	}

	public static boolean mayPublish(AuthenticatedPerson user) {
		return user.hasRole("POLICE_ADMIN") || user.hasRole("LEADER");
	}

	public static boolean mayOversee(AuthenticatedPerson user) {
		return user.hasRole("POLICE_ADMIN") || user.hasRole("LEADER") || user.hasRole("UNIT_ADMIN");
	}

	private static boolean seesEverything(AuthenticatedPerson user) {
		return user.hasRole("POLICE_ADMIN") || user.hasRole("LEADER");
	}

	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZONE);
	}

	// Reading documents

	public Advisory get(long id) {
		return this.repository.find(id).orElseThrow(AdvisoryRefused::notFound);
	}

	public Optional<Long> idByNumber(String number) {
		return this.repository.idByNumber(number);
	}

	/** Everything an editor's list shows to this user. */
	public List<Advisory> forEditors(AuthenticatedPerson user) {
		if (!mayDraft(user) && !mayPublish(user)) {
			throw AdvisoryRefused.forbidden();
		}
		return this.repository.all()
			.stream()
			.filter((a) -> seesEverything(user) || a.authorAccountId() == user.accountId()
					|| a.status() != AdvisoryStatus.DRAFT)
			.filter((a) -> seesEverything(user) || a.audience().unitIds().isEmpty() || inOwnSubtree(user, a))
			.toList();
	}

	private boolean inOwnSubtree(AuthenticatedPerson user, Advisory advisory) {
		Long own = user.unitId();
		if (own == null) {
			return false;
		}
		Set<Long> subtree = this.directory.subtree(own);
		return advisory.audience().unitIds().stream().anyMatch(subtree::contains)
				|| advisory.authorAccountId() == user.accountId();
	}

	/**
	 * The reading page. Opening it as a recipient records the first view.
	 */
	@Transactional
	public ReadView open(long id, AuthenticatedPerson user) {
		Advisory advisory = get(id);
		Receipt receipt = null;
		if (user.personId() != null) {
			if (advisory.isPublished()) {
				this.repository.resolveAudience(id, now(), true, user.personId());
				this.repository.markOpened(id, user.personId(), now());
			}
			receipt = this.repository.receipt(id, user.personId()).orElse(null);
		}
		boolean allowed = switch (advisory.status()) {
			case DRAFT, REVIEW -> advisory.authorAccountId() == user.accountId() || seesEverything(user);
			case PUBLISHED, WITHDRAWN -> receipt != null || mayOversee(user) || advisory.publicAdvisory();
		};
		if (!allowed) {
			throw AdvisoryRefused.forbidden();
		}
		return new ReadView(advisory, MarkdownRenderer.toSafeHtml(advisory.bodyMarkdown()), receipt,
				references(advisory));
	}

	/** A public advisory for anyone, or empty. */
	public Optional<ReadView> openPublic(long id) {
		return this.repository.find(id)
			.filter((a) -> a.publicAdvisory()
					&& (a.status() == AdvisoryStatus.PUBLISHED || a.status() == AdvisoryStatus.WITHDRAWN))
			.map((a) -> new ReadView(a, MarkdownRenderer.toSafeHtml(a.bodyMarkdown()), null, references(a)));
	}

	public List<Advisory> publicAdvisories() {
		return this.repository.publicOnes();
	}

	private List<ReadView.Reference> references(Advisory advisory) {
		return advisory.references()
			.stream()
			.map((number) -> new ReadView.Reference(number,
					this.repository.idByNumber(number)
						.filter((refId) -> this.repository.find(refId)
							.map((ref) -> ref.status() != AdvisoryStatus.DRAFT)
							.orElse(false))
						.orElse(null)))
			.toList();
	}

	/** The scanned original, read through the evidence store (which logs the read). */
	public Attachment attachment(long id, AuthenticatedPerson user) {
		ReadView view = open(id, user);
		Advisory advisory = view.advisory();
		if (advisory.attachmentId() == null) {
			throw AdvisoryRefused.notFound();
		}
		byte[] bytes = this.evidence.read(advisory.attachmentId(), user.accountId(), EvidenceAccess.DOWNLOAD,
				"advisory " + id + " original");
		return new Attachment(bytes,
				(advisory.attachmentType() != null) ? advisory.attachmentType() : "application/octet-stream",
				(advisory.attachmentName() != null) ? advisory.attachmentName() : "original");
	}

	/** A downloaded original. */
	public record Attachment(byte[] bytes, String contentType, String fileName) {

	}

	// Drafting and the workflow

	@Transactional
	public long create(AdvisoryDraft draft, AuthenticatedPerson author) {
		if (!mayDraft(author)) {
			throw AdvisoryRefused.forbidden();
		}
		validate(draft, author, null);
		long id = this.repository.insert(draft, author.accountId(), author.displayName(), now());
		this.audit.record(author, "advisory.draft", "advisory", Long.toString(id));
		return id;
	}

	@Transactional
	public void update(long id, AdvisoryDraft draft, AuthenticatedPerson editor) {
		Advisory advisory = editable(id, editor);
		validate(draft, editor, advisory.id());
		this.repository.update(id, draft, now());
		this.audit.record(editor, "advisory.edit", "advisory", Long.toString(id));
	}

	/** Attaches the scanned original (PDF or picture) through the evidence store. */
	@Transactional
	public void attach(long id, InputStream upload, @Nullable String fileName, AuthenticatedPerson editor) {
		editable(id, editor);
		EvidenceObject stored = this.evidence.store(upload, fileName, editor.accountId(), MAX_ATTACHMENT_BYTES);
		String type = stored.contentType();
		if (!(type.equals("application/pdf") || type.startsWith("image/"))) {
			throw AdvisoryRefused.invalid("Bản gốc phải là tệp PDF hoặc ảnh chụp.",
					"The original must be a PDF or a picture.");
		}
		this.repository.setAttachment(id, stored.id(), stored.displayName(), type, now());
		this.audit.record(editor, "advisory.attach", "advisory", Long.toString(id), null,
				Map.of("evidence", stored.id().toString()));
	}

	/**
	 * A draft for its editing page: only its author or a police administrator, and only
	 * while it is a draft (the form shows the quiz's answers).
	 */
	public Advisory forEditing(long id, AuthenticatedPerson editor) {
		return editable(id, editor);
	}

	private Advisory editable(long id, AuthenticatedPerson editor) {
		Advisory advisory = get(id);
		// who first: someone else learns nothing, not even that it is no longer a draft
		if (!(advisory.authorAccountId() == editor.accountId() || editor.hasRole("POLICE_ADMIN"))) {
			throw AdvisoryRefused.forbidden();
		}
		if (advisory.status() != AdvisoryStatus.DRAFT) {
			throw AdvisoryRefused.invalid("Chỉ sửa được văn bản đang ở dạng dự thảo.", "Only drafts can be edited.");
		}
		return advisory;
	}

	@Transactional
	public void submitForReview(long id, AuthenticatedPerson editor) {
		Advisory advisory = editable(id, editor);
		List<String> missing = new ArrayList<>();
		if (advisory.number() == null) {
			missing.add("số hiệu");
		}
		if (advisory.issuedOn() == null) {
			missing.add("ngày ban hành");
		}
		if (advisory.issuer().isBlank()) {
			missing.add("cơ quan ban hành");
		}
		if (advisory.subject().isBlank()) {
			missing.add("trích yếu (V/v)");
		}
		if (advisory.bodyMarkdown().isBlank()) {
			missing.add("nội dung");
		}
		if (advisory.audience().isEmpty()) {
			missing.add("nơi nhận");
		}
		if (!missing.isEmpty()) {
			throw AdvisoryRefused.invalid("Chưa thể trình duyệt: còn thiếu " + String.join(", ", missing) + ".",
					"Cannot submit yet: number, date, issuer, subject, body and audience are all needed.");
		}
		this.repository.transition(id, AdvisoryStatus.DRAFT, AdvisoryStatus.REVIEW, null, now());
		this.audit.record(editor, "advisory.submit", "advisory", Long.toString(id));
	}

	@Transactional
	public void returnToDraft(long id, String note, AuthenticatedPerson reviewer) {
		if (!mayPublish(reviewer)) {
			throw AdvisoryRefused.forbidden();
		}
		String reason = note.strip();
		if (reason.isEmpty()) {
			throw AdvisoryRefused.invalid("Hãy ghi lý do trả lại để người soạn sửa.",
					"Say why it is returned, so the author can fix it.");
		}
		if (!this.repository.transition(id, AdvisoryStatus.REVIEW, AdvisoryStatus.DRAFT, limit(reason, 1000), now())) {
			throw AdvisoryRefused.invalid("Văn bản không ở bước trình duyệt.", "The advisory is not in review.");
		}
		this.audit.record(reviewer, "advisory.return", "advisory", Long.toString(id));
	}

	/**
	 * Publishes a reviewed advisory: a police administrator or leader who is not its
	 * author. Resolves the audience to people and queues the e-mail.
	 * @return how many people it reached
	 */
	@Transactional
	public int publish(long id, AuthenticatedPerson publisher) {
		Advisory advisory = get(id);
		if (!mayPublish(publisher)) {
			throw new AdvisoryRefused(AdvisoryRefused.Kind.FORBIDDEN,
					"Chỉ quản trị viên công an hoặc lãnh đạo được ban hành văn bản.",
					"Only a police administrator or a leader may publish.");
		}
		if (advisory.authorAccountId() == publisher.accountId()) {
			throw new AdvisoryRefused(AdvisoryRefused.Kind.FORBIDDEN,
					"Người soạn không được tự ban hành: cần người thứ hai (quản trị viên công an hoặc lãnh đạo) duyệt.",
					"The author may not publish their own draft: a second person must approve it.");
		}
		if (advisory.status() != AdvisoryStatus.REVIEW
				|| !this.repository.markPublished(id, publisher.accountId(), now())) {
			throw AdvisoryRefused.invalid("Văn bản phải được trình duyệt trước khi ban hành.",
					"The advisory must be in review to be published.");
		}
		int recipients = this.repository.resolveAudience(id, now(), false, null);
		this.mail.queuePublished(id, now());
		this.audit.record(publisher, "advisory.publish", "advisory", Long.toString(id), null,
				Map.of("recipients", Integer.toString(recipients)));
		this.events.publishEvent(new AdvisoryPublished(id, recipients));
		return recipients;
	}

	@Transactional
	public void withdraw(long id, String reason, AuthenticatedPerson actor) {
		if (!mayPublish(actor)) {
			throw AdvisoryRefused.forbidden();
		}
		String why = reason.strip();
		if (why.isEmpty()) {
			throw AdvisoryRefused.invalid("Hãy ghi lý do thu hồi.", "Say why the advisory is withdrawn.");
		}
		if (!this.repository.markWithdrawn(id, limit(why, 1000), now())) {
			throw AdvisoryRefused.invalid("Chỉ thu hồi được văn bản đã ban hành.",
					"Only a published advisory can be withdrawn.");
		}
		this.audit.record(actor, "advisory.withdraw", "advisory", Long.toString(id));
	}

	private void validate(AdvisoryDraft d, AuthenticatedPerson editor, @Nullable Long id) {
		if (d.title().isBlank() || d.title().length() > 300) {
			throw AdvisoryRefused.invalid("Hãy nhập tiêu đề (tối đa 300 ký tự).", "Enter a title (at most 300).");
		}
		if (d.number() != null && !d.number().isBlank()) {
			if (d.number().length() > 60 || !d.number().strip().matches("[\\p{L}\\p{N}/.\\-]+")) {
				throw AdvisoryRefused.invalid("Số hiệu chỉ gồm chữ, số và các dấu / . - (ví dụ 183/UBND-NC).",
						"A number has letters, digits and / . - only (e.g. 183/UBND-NC).");
			}
			if (this.repository.numberTaken(d.number(), id)) {
				throw AdvisoryRefused.invalid("Đã có văn bản mang số hiệu này.",
						"An advisory with this number exists.");
			}
		}
		if (d.bodyMarkdown().length() > 100_000 || d.subject().length() > 500 || d.issuer().length() > 300
				|| d.signer().length() > 300 || d.references().size() > 20) {
			throw AdvisoryRefused.invalid("Nội dung quá dài.", "Too long.");
		}
		if (d.expiresOn() != null && d.issuedOn() != null && d.expiresOn().isBefore(d.issuedOn())) {
			throw AdvisoryRefused.invalid("Ngày hết hiệu lực phải sau ngày ban hành.",
					"The expiry date must follow the date of issue.");
		}
		for (String role : d.audience().roles()) {
			if (!Set.of("STAFF", "UNIT_ADMIN", "POLICE_OFFICER", "POLICE_ADMIN", "LEADER").contains(role)) {
				throw AdvisoryRefused.invalid("Vai trò không hợp lệ.", "Unknown role.");
			}
		}
		for (Long unit : d.audience().unitIds()) {
			if (this.directory.unit(unit).isEmpty()) {
				throw AdvisoryRefused.invalid("Đơn vị nhận không tồn tại.", "Unknown unit.");
			}
		}
		if (!editor.hasRole("POLICE_ADMIN")) {
			Long own = editor.unitId();
			Set<Long> subtree = (own != null) ? this.directory.subtree(own) : Set.of();
			if (d.audience().everyone() || (d.audience().unitIds().isEmpty() && !d.audience().roles().isEmpty())
					|| !subtree.containsAll(d.audience().unitIds())) {
				throw AdvisoryRefused.invalid(
						"Quản trị viên đơn vị chỉ gửi được cho đơn vị mình và các đơn vị trực thuộc.",
						"A unit administrator may address only their own unit and the units below it.");
			}
		}
		if (d.questions().size() > 10) {
			throw AdvisoryRefused.invalid("Tối đa 10 câu hỏi.", "At most 10 questions.");
		}
		for (QuizQuestion q : d.questions()) {
			if (q.question().isBlank() || q.options().size() < 2 || q.options().size() > 6 || q.correct() < 0
					|| q.correct() >= q.options().size() || q.options().stream().anyMatch(String::isBlank)) {
				throw AdvisoryRefused.invalid("Mỗi câu hỏi cần nội dung, 2–6 phương án và một đáp án đúng.",
						"Each question needs a text, 2–6 options and one right answer.");
			}
		}
		if (!d.questions().isEmpty()
				&& (d.quizPassPercent() == null || d.quizPassPercent() < 1 || d.quizPassPercent() > 100)) {
			throw AdvisoryRefused.invalid("Điểm đạt phải từ 1 đến 100 (%).", "The pass mark is 1–100 %.");
		}
	}

	// A person's advisories

	/**
	 * A person's advisories, owed first. Also adds them to advisories they joined the
	 * audience of after publication, and marks as delivered what the portal now shows.
	 */
	@Transactional
	public List<InboxItem> inbox(AuthenticatedPerson user) {
		Long personId = user.personId();
		if (personId == null) {
			return List.of();
		}
		Instant now = now();
		for (long id : this.repository.activePublishedIds(today())) {
			this.repository.resolveAudience(id, now, true, personId);
		}
		this.repository.markDeliveredInApp(personId, now);
		return this.repository.inbox(personId)
			.stream()
			.sorted(Comparator.comparing((InboxItem item) -> !item.owed()))
			.toList();
	}

	/** Only what the person still owes (the home page banner). */
	@Transactional
	public List<InboxItem> owed(AuthenticatedPerson user) {
		LocalDate today = today();
		return inbox(user).stream()
			.filter(InboxItem::owed)
			.filter((item) -> item.expiresOn() == null || !item.expiresOn().isBefore(today))
			.toList();
	}

	/**
	 * "Tôi đã đọc và hiểu": recorded once, whatever the number of clicks or retries.
	 * @return true if this call recorded it, false if it was already recorded
	 */
	@Transactional
	public boolean acknowledge(long id, AuthenticatedPerson user) {
		Advisory advisory = get(id);
		Long personId = user.personId();
		if (personId == null || this.repository.receipt(id, personId).isEmpty()) {
			throw AdvisoryRefused.forbidden();
		}
		if (!advisory.isPublished()) {
			throw AdvisoryRefused.invalid("Văn bản này đã được thu hồi.", "This advisory was withdrawn.");
		}
		boolean first = this.repository.markAcknowledged(id, personId, now());
		if (first) {
			this.audit.record(user, "advisory.acknowledge", "advisory", Long.toString(id));
		}
		return first;
	}

	@Transactional
	public QuizResult answerQuiz(long id, AuthenticatedPerson user, List<Integer> answers) {
		Advisory advisory = get(id);
		Long personId = user.personId();
		Receipt receipt = (personId != null) ? this.repository.receipt(id, personId).orElse(null) : null;
		if (receipt == null) {
			throw AdvisoryRefused.forbidden();
		}
		if (!advisory.hasQuiz() || !advisory.isPublished()) {
			throw AdvisoryRefused.invalid("Văn bản này không có câu hỏi kiểm tra.", "This advisory has no quiz.");
		}
		if (!receipt.acknowledged()) {
			throw AdvisoryRefused.invalid("Hãy đọc và bấm “Tôi đã đọc và hiểu” trước khi trả lời câu hỏi.",
					"Read it and press “I have read and understood” before the quiz.");
		}
		List<Integer> wrong = new ArrayList<>();
		for (int i = 0; i < advisory.questions().size(); i++) {
			Integer answer = (i < answers.size()) ? answers.get(i) : null;
			if (answer == null || answer != advisory.questions().get(i).correct()) {
				wrong.add(i);
			}
		}
		int total = advisory.questions().size();
		int correct = total - wrong.size();
		int score = (int) Math.floor(100.0 * correct / total);
		int pass = (advisory.quizPassPercent() != null) ? advisory.quizPassPercent() : 100;
		boolean passed = score >= pass;
		this.repository.recordQuizAttempt(id, personId, score, passed, now());
		if (passed && receipt.quizPassedAt() == null) {
			this.audit.record(user, "advisory.quiz-pass", "advisory", Long.toString(id), null,
					Map.of("score", Integer.toString(score)));
		}
		return new QuizResult(correct, total, score, pass, passed, wrong);
	}

	// Compliance

	/**
	 * The unit whose subtree a user's figures cover: anything (null = the whole tree) for
	 * police administrators and leaders, the own subtree for unit administrators.
	 */
	public @Nullable Long scopeRoot(AuthenticatedPerson user, @Nullable Long requested) {
		if (seesEverything(user)) {
			return requested;
		}
		Long own = user.unitId();
		if (user.hasRole("UNIT_ADMIN") && own != null) {
			if (requested == null) {
				return own;
			}
			if (this.directory.subtree(own).contains(requested)) {
				return requested;
			}
		}
		throw AdvisoryRefused.forbidden();
	}

	public List<AdvisoryOverview> overview(AuthenticatedPerson user, @Nullable Long unitId) {
		Long root = scopeRoot(user, unitId);
		Map<Long, ComplianceCounts> counts = this.repository.countsByAdvisory(root);
		return this.repository.withStatus(AdvisoryStatus.PUBLISHED, AdvisoryStatus.WITHDRAWN)
			.stream()
			.map((a) -> new AdvisoryOverview(a, counts.getOrDefault(a.id(), ComplianceCounts.NONE)))
			.filter((o) -> seesEverything(user) || o.counts().total() > 0)
			.toList();
	}

	public ComplianceReport compliance(long id, AuthenticatedPerson user, @Nullable Long unitId, int pendingLimit) {
		Long root = scopeRoot(user, unitId);
		Advisory advisory = published(id);
		Map<Long, OrgUnit> units = this.directory.units()
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		List<UnitCompliance> rows = new ArrayList<>();
		ComplianceCounts totals = ComplianceCounts.NONE;
		if (root != null) {
			ComplianceCounts direct = this.repository.direct(id, root);
			if (direct.total() > 0) {
				rows.add(new UnitCompliance(root, units.get(root).name(), true, direct));
				totals = totals.plus(direct);
			}
		}
		List<UnitCompliance> children = new ArrayList<>();
		for (Map.Entry<Long, ComplianceCounts> entry : this.repository.breakdown(root, id).entrySet()) {
			OrgUnit unit = units.get(entry.getKey());
			children
				.add(new UnitCompliance(entry.getKey(), (unit != null) ? unit.name() : "?", false, entry.getValue()));
			totals = totals.plus(entry.getValue());
		}
		children.sort(Comparator.comparing(UnitCompliance::unitName));
		rows.addAll(children);
		List<PendingPerson> pending = this.repository.people(id, root, true, pendingLimit);
		long owed = advisory.hasQuiz() ? totals.total() - totals.passed() : totals.total() - totals.acknowledged();
		List<OrgUnit> path = new ArrayList<>();
		if (root != null) {
			Long own = user.unitId();
			Set<Long> visible = seesEverything(user) || own == null ? null : this.directory.subtree(own);
			for (OrgUnit unit : this.directory.ancestry(root)) {
				if (visible == null || visible.contains(unit.id())) {
					path.add(0, unit);
				}
			}
		}
		return new ComplianceReport(advisory, (root != null) ? units.get(root) : null, path, totals, rows, pending,
				owed);
	}

	/** Every person's record in the user's scope, for CSV and PDF. */
	public List<PendingPerson> records(long id, AuthenticatedPerson user, @Nullable Long unitId, boolean onlyPending) {
		Long root = scopeRoot(user, unitId);
		published(id);
		return this.repository.people(id, root, onlyPending, 1_000_000);
	}

	/**
	 * A published (or withdrawn) advisory; a draft or one in review has no compliance
	 * figures, and its number or title is not shown to those who may not read it.
	 */
	private Advisory published(long id) {
		Advisory advisory = get(id);
		if (advisory.status() == AdvisoryStatus.DRAFT || advisory.status() == AdvisoryStatus.REVIEW) {
			throw new AdvisoryRefused(AdvisoryRefused.Kind.NOT_FOUND, "Văn bản chưa ban hành.", "Not published yet.");
		}
		return advisory;
	}

	/**
	 * "Remind them": a reminder to everyone in the subtree who still owes the advisory.
	 * @return how many were reminded
	 */
	@Transactional
	public int remind(long id, AuthenticatedPerson user, @Nullable Long unitId) {
		Long root = scopeRoot(user, unitId);
		Advisory advisory = get(id);
		if (!advisory.isPublished()) {
			throw AdvisoryRefused.invalid("Chỉ nhắc được văn bản đang có hiệu lực.",
					"Only a published advisory can be reminded of.");
		}
		Instant now = now();
		List<Long> people = this.jdbc.sql("""
				with recursive tree(id) as (
				    select id from org_unit where id = cast(? as bigint)
				    union all
				    select c.id from org_unit c join tree t on c.parent_id = t.id)
				update advisory_recipient r set reminded_at = ?, reminders = r.reminders + 1
				from advisory a
				where a.id = r.advisory_id and r.advisory_id = ?
				  and (cast(? as bigint) is null or r.unit_id in (select id from tree))
				  and (r.acknowledged_at is null or (a.quiz_pass_percent is not null and r.quiz_passed_at is null))
				returning r.person_id""").params(root, AdvisoryRepository.ts(now), id, root).query(Long.class).list();
		this.mail.queue(id, people, "REMINDER", now);
		this.audit.record(user, "advisory.remind", "advisory", Long.toString(id), null,
				Map.of("people", Integer.toString(people.size()), "unit", (root != null) ? root.toString() : "all"));
		return people.size();
	}

	// The job: late joiners, reminders, escalation, mail

	/**
	 * Adds late joiners, sends reminders to those who have not acknowledged after
	 * {@code remind-after-days}, tells unit administrators about those still pending
	 * after {@code escalate-after-days}, and sends queued e-mail. Safe on several nodes
	 * at once.
	 */
	public DueWork runDueWork() {
		Instant now = now();
		LocalDate today = today();
		Integer late = this.transaction.execute((status) -> {
			int added = 0;
			for (long id : this.repository.activePublishedIds(today)) {
				added += this.repository.resolveAudience(id, now, true, null);
			}
			return added;
		});
		Integer reminded = this.transaction.execute((status) -> remindDue(now, today));
		Integer escalated = this.transaction.execute((status) -> escalateDue(now, today));
		int sent = this.mail.sendDue(now, 2_000);
		return new DueWork(late != null ? late : 0, reminded != null ? reminded : 0, escalated != null ? escalated : 0,
				sent);
	}

	private int remindDue(Instant now, LocalDate today) {
		Instant due = now.minus(Duration.ofDays(this.properties.remindAfterDays()));
		List<long[]> rows = this.jdbc.sql("""
				update advisory_recipient r set reminded_at = ?, reminders = r.reminders + 1
				from advisory a
				where a.id = r.advisory_id and a.status = 'PUBLISHED' and (a.expires_on is null or a.expires_on >= ?)
				  and r.reminded_at is null and r.added_at <= ?
				  and (r.acknowledged_at is null or (a.quiz_pass_percent is not null and r.quiz_passed_at is null))
				returning r.advisory_id, r.person_id""")
			.params(AdvisoryRepository.ts(now), today, AdvisoryRepository.ts(due))
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		Map<Long, List<Long>> byAdvisory = new LinkedHashMap<>();
		rows.forEach((row) -> byAdvisory.computeIfAbsent(row[0], (k) -> new ArrayList<>()).add(row[1]));
		byAdvisory.forEach((advisoryId, people) -> {
			this.mail.queue(advisoryId, people, "REMINDER", now);
			this.audit.record(null, "advisory.remind-due", "advisory", Long.toString(advisoryId), null,
					Map.of("people", Integer.toString(people.size())));
		});
		return rows.size();
	}

	private int escalateDue(Instant now, LocalDate today) {
		Instant due = now.minus(Duration.ofDays(this.properties.escalateAfterDays()));
		List<long[]> rows = this.jdbc.sql("""
				update advisory_recipient r set escalated_at = ?
				from advisory a
				where a.id = r.advisory_id and a.status = 'PUBLISHED' and (a.expires_on is null or a.expires_on >= ?)
				  and r.escalated_at is null and r.added_at <= ?
				  and (r.acknowledged_at is null or (a.quiz_pass_percent is not null and r.quiz_passed_at is null))
				returning r.advisory_id, r.unit_id""")
			.params(AdvisoryRepository.ts(now), today, AdvisoryRepository.ts(due))
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		// advisory -> admin person -> (their unit, pending count)
		Map<Long, Map<Long, long[]>> notices = new LinkedHashMap<>();
		Map<Long, List<long[]>> adminsOfUnit = new HashMap<>();
		for (long[] row : rows) {
			List<long[]> admins = adminsOfUnit.computeIfAbsent(row[1], this::nearestUnitAdmins);
			for (long[] admin : admins) {
				notices.computeIfAbsent(row[0], (k) -> new LinkedHashMap<>())
					.computeIfAbsent(admin[0], (k) -> new long[] { admin[1], 0 })[1]++;
			}
		}
		notices.forEach((advisoryId, admins) -> {
			admins.forEach((adminPerson, unitAndCount) -> this.mail.queueEscalation(advisoryId, adminPerson,
					unitAndCount[0], (int) unitAndCount[1], now));
			this.audit.record(null, "advisory.escalate", "advisory", Long.toString(advisoryId), null,
					Map.of("admins", Integer.toString(admins.size())));
		});
		return rows.size();
	}

	/**
	 * The unit administrators (person id, unit id) nearest above or at a unit.
	 */
	private List<long[]> nearestUnitAdmins(long unitId) {
		List<long[]> found = this.jdbc.sql("""
				with recursive up(id, parent_id, depth) as (
				    select id, parent_id, 0 from org_unit where id = ?
				    union all
				    select u.id, u.parent_id, up.depth + 1 from org_unit u join up on u.id = up.parent_id
				    where up.depth < 64)
				select p.id, p.unit_id, up.depth from up
				join person p on p.unit_id = up.id and p.active
				join user_account ua on ua.person_id = p.id and ua.enabled
				join account_role r on r.account_id = ua.id and r.role = 'UNIT_ADMIN'
				order by up.depth, p.id""")
			.param(unitId)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list();
		if (found.isEmpty()) {
			return List.of();
		}
		long nearest = found.get(0)[2];
		return found.stream().filter((row) -> row[2] == nearest).toList();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private static String limit(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
