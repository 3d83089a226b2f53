package vn.canhgiac.app.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.canhgiac.app.intel.ObservedIndicator;

@Repository
class Reports {

	private final JdbcClient jdbc;

	Reports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Report r, String consentText) {
		this.jdbc
			.sql("""
					insert into report (id, tracking_code, reporter_account_id, reporter_name, reporter_email, reporter_phone,
					    category, channel, happened_on, description_id, money_demanded, money_paid, commune_id, station_id,
					    status, consent_text, consent_basis, consent_at, from_check, created_at)
					values (:id, :code, :account, :name, :email, :phone, :category, :channel, :happened, :description,
					    :demanded, :paid, :commune, :station, :status, :consentText, :basis, :consentAt, :fromCheck, :created)""")
			.param("id", r.id())
			.param("code", r.trackingCode())
			.param("account", r.reporterAccountId())
			.param("name", r.reporterName())
			.param("email", r.reporterEmail())
			.param("phone", r.reporterPhone())
			.param("category", r.category().name())
			.param("channel", r.channel().name())
			.param("happened", r.happenedOn())
			.param("description", r.descriptionId())
			.param("demanded", r.moneyDemanded())
			.param("paid", r.moneyPaid())
			.param("commune", r.communeId())
			.param("station", r.stationId())
			.param("status", r.status().name())
			.param("consentText", consentText)
			.param("basis", r.consentBasis())
			.param("consentAt", Timestamp.from(r.consentAt()))
			.param("fromCheck", r.fromCheck())
			.param("created", Timestamp.from(r.createdAt()))
			.update();
	}

	Optional<Report> byId(UUID id) {
		return this.jdbc.sql("select * from report where id = ?").param(id).query(Reports::map).optional();
	}

	Optional<Report> byTrackingCode(String code) {
		return this.jdbc.sql("select * from report where tracking_code = ?").param(code).query(Reports::map).optional();
	}

	List<Report> byReporter(long accountId) {
		return this.jdbc.sql("select * from report where reporter_account_id = ? order by created_at desc limit 100")
			.param(accountId)
			.query(Reports::map)
			.list();
	}

	void addCheck(UUID reportId, UUID checkId) {
		this.jdbc.sql("insert into report_check (report_id, check_id) values (?, ?) on conflict do nothing")
			.params(reportId, checkId)
			.update();
	}

	java.util.Optional<UUID> reportOfCheck(UUID checkId) {
		return this.jdbc.sql("select report_id from report_check where check_id = ? limit 1")
			.param(checkId)
			.query(UUID.class)
			.optional();
	}

	List<UUID> checks(UUID reportId) {
		return this.jdbc
			.sql("select rc.check_id from report_check rc join content_check c on c.id = rc.check_id "
					+ "where rc.report_id = ? order by c.created_at")
			.param(reportId)
			.query(UUID.class)
			.list();
	}

	void addIndicator(UUID reportId, ObservedIndicator indicator) {
		this.jdbc.sql("insert into report_indicator (report_id, type, value) values (?, ?, ?) on conflict do nothing")
			.params(reportId, indicator.type(), indicator.value())
			.update();
	}

	List<ObservedIndicator> indicators(UUID reportId) {
		return this.jdbc.sql("select type, value from report_indicator where report_id = ? order by type, value")
			.param(reportId)
			.query((rs, i) -> new ObservedIndicator(rs.getString("type"), rs.getString("value")))
			.list();
	}

	void updateStatus(UUID reportId, ReportStatus status) {
		this.jdbc.sql("update report set status = ?, updated_at = now() where id = ?")
			.params(status.name(), reportId)
			.update();
	}

	void addMessage(UUID reportId, boolean fromPolice, UUID bodyId) {
		this.jdbc.sql("insert into report_message (report_id, from_police, body_id) values (?, ?, ?)")
			.params(reportId, fromPolice, bodyId)
			.update();
	}

	List<StoredMessage> messages(UUID reportId) {
		return this.jdbc
			.sql("select id, from_police, body_id, at from report_message where report_id = ? order by at, id")
			.param(reportId)
			.query((rs, i) -> new StoredMessage(rs.getLong("id"), rs.getBoolean("from_police"),
					rs.getObject("body_id", UUID.class), rs.getTimestamp("at").toInstant()))
			.list();
	}

	record StoredMessage(long id, boolean fromPolice, UUID bodyId, Instant at) {
	}

	private static Report map(ResultSet rs, int row) throws SQLException {
		java.sql.Date happened = rs.getDate("happened_on");
		return new Report(rs.getObject("id", UUID.class), rs.getString("tracking_code"),
				rs.getObject("reporter_account_id", Long.class), rs.getString("reporter_name"),
				rs.getString("reporter_email"), rs.getString("reporter_phone"),
				ReportCategory.valueOf(rs.getString("category")), ReportChannel.valueOf(rs.getString("channel")),
				(happened != null) ? happened.toLocalDate() : null, rs.getObject("description_id", UUID.class),
				rs.getObject("money_demanded", Long.class), rs.getObject("money_paid", Long.class),
				rs.getObject("commune_id", Long.class), rs.getObject("station_id", Long.class),
				ReportStatus.valueOf(rs.getString("status")), rs.getString("consent_basis"),
				rs.getTimestamp("consent_at").toInstant(), rs.getObject("from_check", UUID.class),
				rs.getTimestamp("created_at").toInstant());
	}

	static @Nullable String blankToNull(String value) {
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
