package vn.canhgiac.app.reports;

import java.time.Instant;

/**
 * One message between the police and the reporter. The police side is signed by the
 * station, never by the officer.
 */
public record ReportMessage(long id, boolean fromPolice, String body, Instant at) {

}
