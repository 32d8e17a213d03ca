package org.scorecards.submission;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only record of logins, uploads, downloads and state changes: who, when, what, before and after.
 * This class only ever inserts; nothing in the application updates or deletes a row.
 */
@Component
public class AuditTrail {

	public record Event(long id, Instant at, String actor, String action, Integer year, String iso3, String detail,
			String before, String after) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String actor, String action, Integer year, String iso3, String detail, String before,
			String after) {
		jdbc.sql("INSERT INTO audit_event (at, actor, action, reporting_year, iso3, detail, before_state, after_state) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(clock.instant()), clip(actor, 254), action, year, iso3, clip(detail, 2000),
					clip(before, 200), clip(after, 200))
			.update();
	}

	public List<Event> events() {
		return jdbc.sql("SELECT * FROM audit_event ORDER BY id")
			.query((rs, n) -> new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), (Integer) rs.getObject("reporting_year"), rs.getString("iso3"),
					rs.getString("detail"), rs.getString("before_state"), rs.getString("after_state")))
			.list();
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
