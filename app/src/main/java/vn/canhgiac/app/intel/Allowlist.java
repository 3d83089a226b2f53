package vn.canhgiac.app.intel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipped allowlist ({@code intel/allowlist.csv}: bank hotlines, emergency and
 * official numbers, common domains): loaded at start into the store as
 * {@code allowlisted}, so these values never link cases and never answer "scam". A value
 * an officer already decided on keeps that decision.
 */
@Component
class Allowlist implements ApplicationRunner {

	static final String RESOURCE = "intel/allowlist.csv";

	private final JdbcClient jdbc;

	private final Clock clock;

	Allowlist(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Entry entry : entries()) {
			this.jdbc.sql("""
					insert into intel_indicator (type, value, first_seen, last_seen, status, tlp, note)
					values (?, ?, ?, ?, 'allowlisted', 'clear', ?)
					on conflict (type, value) do update set status = 'allowlisted', note = excluded.note
					where intel_indicator.status = 'reported' and intel_indicator.decided_by is null""")
				.params(entry.kind().wireName(), entry.value(), now, now, entry.note())
				.update();
		}
	}

	static List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split(",", 3);
				Optional<IndicatorValues.Typed> typed = IndicatorKind.fromWireName(fields[0].strip())
					.flatMap((kind) -> IndicatorValues.normalize(kind, fields[1]));
				if (typed.isEmpty()) {
					continue;
				}
				entries.add(new Entry(typed.get().kind(), typed.get().value(),
						(fields.length > 2) ? fields[2].strip() : ""));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	record Entry(IndicatorKind kind, String value, String note) {

	}

}
