package org.scorecards.submission;

import java.nio.file.Files;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reporting cycles; the open one is the newest not closed. */
@Component
public class Cycles {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final CycleTemplates templates;

	private final SubmissionStore store;

	Cycles(JdbcClient jdbc, AuditTrail audit, Clock clock, CycleTemplates templates, SubmissionStore store) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.templates = templates;
		this.store = store;
	}

	public Cycle open(int year, LocalDate deadline, String actor) {
		return open(year, deadline, 30, "v2", actor);
	}

	public Cycle open(int year, LocalDate deadline, int commentDays, String methodology, String actor) {
		if (commentDays < 1 || commentDays > 365) {
			throw new IllegalArgumentException("--comment-days must be 1 to 365, not " + commentDays);
		}
		if (methodology == null || !methodology.matches("v\\d+")) {
			throw new IllegalArgumentException("--methodology must name a bundled methodology such as v2");
		}
		if (year < 2000 || year > 2999) {
			throw new IllegalArgumentException("--year must be a reporting year such as 2025, not " + year);
		}
		if (deadline == null || deadline.getYear() <= year - 1) {
			throw new IllegalArgumentException("--deadline must be a date after the reporting year starts");
		}
		if (find(year).isPresent()) {
			throw new IllegalArgumentException("the cycle " + year + " is open already");
		}
		if (!Files.isRegularFile(store.input().countries())) {
			// Checked first: every country's workbook is written as the cycle opens.
			throw new IllegalArgumentException("no input tree at " + store.input().root()
					+ ": expected reference/countries.csv there (give --input DIR)");
		}
		jdbc.sql("INSERT INTO cycle (reporting_year, deadline, opened_at, opened_by, closed, comment_days, methodology) "
				+ "VALUES (?, ?, ?, ?, FALSE, ?, ?)")
			.params(year, Date.valueOf(deadline), Timestamp.from(clock.instant()), actor, commentDays, methodology)
			.update();
		audit.record(actor, "cycle.open", year, null,
				"deadline " + deadline + ", comment window " + commentDays + " days, methodology " + methodology, null,
				"open");
		Cycle cycle = find(year).orElseThrow();
		int written = templates.writeAll(cycle);
		audit.record(actor, "cycle.templates", year, null, written + " pre-filled indicator workbooks written", null,
				"offered");
		return cycle;
	}

	public Optional<Cycle> find(int year) {
		return jdbc.sql("SELECT * FROM cycle WHERE reporting_year = ?")
			.param(year)
			.query((rs, n) -> new Cycle(rs.getInt("reporting_year"), rs.getDate("deadline").toLocalDate(),
					rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"), rs.getBoolean("closed"),
					rs.getInt("comment_days"), rs.getString("methodology"),
					rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant(),
					rs.getString("published_by"),
					rs.getTimestamp("drafts_offered_at") == null ? null : rs.getTimestamp("drafts_offered_at").toInstant()))
			.optional();
	}

	/** Closes the cycle for submissions; focal points still see their data and findings. */
	public void close(int year, String actor) {
		Cycle cycle = find(year).orElseThrow(() -> new IllegalArgumentException("no cycle " + year));
		jdbc.sql("UPDATE cycle SET closed = TRUE WHERE reporting_year = ?").param(year).update();
		audit.record(actor, "cycle.close", year, null, "", cycle.closed() ? "closed" : "open", "closed");
	}

	/** The first draft run: the drafts are offered to the focal points and their comment window opens. */
	public void draftsOffered(int year, String actor) {
		int changed = jdbc.sql("UPDATE cycle SET drafts_offered_at = ? WHERE reporting_year = ? AND drafts_offered_at IS NULL")
			.params(Timestamp.from(clock.instant()), year)
			.update();
		if (changed > 0) {
			audit.record(actor, "cycle.drafts", year, null, "draft scorecards offered for comment", null, "comment window open");
		}
	}

	/** Records the publication at the time its record gives; the cycle is frozen from then on. */
	void published(int year, String actor, Instant at) {
		jdbc.sql("UPDATE cycle SET published_at = ?, published_by = ?, closed = TRUE WHERE reporting_year = ?")
			.params(Timestamp.from(at), actor, year)
			.update();
		audit.record(actor, "cycle.publish", year, null, "", "draft", "published");
	}

	/** The newest cycle, open, closed or published. */
	public Optional<Cycle> latest() {
		return jdbc.sql("SELECT MAX(reporting_year) FROM cycle").query(Integer.class).optional().flatMap(this::find);
	}

	/** The cycle focal points submit to: the newest one not closed. */
	public Optional<Cycle> current() {
		return jdbc.sql("SELECT MAX(reporting_year) FROM cycle WHERE closed = FALSE")
			.query(Integer.class)
			.optional()
			.flatMap(this::find);
	}
}
