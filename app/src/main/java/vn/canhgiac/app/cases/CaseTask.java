package vn.canhgiac.app.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

public record CaseTask(long id, String title, @Nullable String assigneeName, Instant createdAt,
		@Nullable Instant doneAt) {

	public boolean done() {
		return this.doneAt != null;
	}

}
