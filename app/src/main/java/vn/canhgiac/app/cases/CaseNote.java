package vn.canhgiac.app.cases;

import java.time.Instant;

/** An internal note: seen by the police only, never by the reporter. */
public record CaseNote(long id, String authorName, String body, Instant at) {

}
