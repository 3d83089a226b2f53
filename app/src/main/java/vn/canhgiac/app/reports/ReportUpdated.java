package vn.canhgiac.app.reports;

import java.util.UUID;

/**
 * Event: the police answered or the report's status changed; the reporter is told that
 * there is news (never what it is) by e-mail.
 */
public record ReportUpdated(UUID reportId) {

}
