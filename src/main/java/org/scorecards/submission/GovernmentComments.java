package org.scorecards.submission;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.scorecards.AtomicFiles;
import org.scorecards.cycle.CountryCheck;

/**
 * A government's comments on its draft scorecard, written by its focal point within the cycle's comment
 * window; the latest text is kept beside the country's files, so the final card prints it on its last page.
 */
@Component
public class GovernmentComments {

	public record Comment(String text, String by, Instant at) {
	}

	private static final int MAX_LENGTH = 8000;

	private final JdbcClient jdbc;

	private final Cycles cycles;

	private final SubmissionStore store;

	private final AuditTrail audit;

	private final Clock clock;

	GovernmentComments(JdbcClient jdbc, Cycles cycles, SubmissionStore store, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	public Comment write(Account actor, int year, String iso3, String text) {
		Cycle cycle = cycles.find(year).orElseThrow(() -> UploadRefused.because(404, "no-cycle", year));
		if (actor.role() != Role.FOCAL_POINT) {
			throw UploadRefused.because(403, "comments-government");
		}
		if (!cycle.commentWindowOpen(clock.instant())) {
			throw UploadRefused.because(409, "comment-window", cycle.commentDays());
		}
		String comment = text == null ? "" : text.strip();
		if (comment.isEmpty() || comment.length() > MAX_LENGTH) {
			throw UploadRefused.because(400, "comment-length", MAX_LENGTH);
		}
		Optional<Comment> before = latest(year, iso3);
		jdbc.sql("INSERT INTO government_comment (reporting_year, iso3, comment_text, written_by, written_at) "
				+ "VALUES (?, ?, ?, ?, ?)")
			.params(year, iso3, comment, actor.email(), Timestamp.from(clock.instant()))
			.update();
		audit.record(actor.email(), "comment", year, iso3, comment, before.isPresent() ? "commented" : null, "commented");
		byte[] bytes = comment.getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(store.comments(year, iso3), out -> out.write(bytes));
		Path country = store.input().country(year, iso3);
		if (Files.isDirectory(country)) {
			AtomicFiles.write(country.resolve(CountryCheck.COMMENTS), out -> out.write(bytes));
		}
		return latest(year, iso3).orElseThrow();
	}

	public Optional<Comment> latest(int year, String iso3) {
		return jdbc.sql("SELECT * FROM government_comment WHERE reporting_year = ? AND iso3 = ? ORDER BY id DESC LIMIT 1")
			.params(year, iso3)
			.query((rs, n) -> new Comment(rs.getString("comment_text"), rs.getString("written_by"),
					rs.getTimestamp("written_at").toInstant()))
			.optional();
	}
}
