package org.scorecards.submission;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the secretariat's decisions on a country (the latest is in force) for both {@link Decisions}, which
 * makes them, and {@link Submissions}, which an approval locks and a reopening after publication unlocks.
 */
@Component
class DecisionLog {

	private final JdbcClient jdbc;

	DecisionLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Decisions.Decision> latest(int year, String iso3) {
		return jdbc.sql("SELECT * FROM decision WHERE reporting_year = ? AND iso3 = ? ORDER BY id DESC LIMIT 1")
			.params(year, iso3)
			.query((rs, n) -> new Decisions.Decision(rs.getString("kind"), (Integer) rs.getObject("version"),
					rs.getString("reason"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()))
			.optional();
	}

	/** Approved data are locked: the latest decision on the country is an approval. */
	boolean locked(int year, String iso3) {
		return latest(year, iso3).map(Decisions.Decision::approved).orElse(false);
	}

	/**
	 * After publication, un-approving or returning a country reopens it for a correction: a corrected version may
	 * be sent, although the cycle is closed, until it is approved again and the correction published.
	 */
	boolean reopenedForCorrection(Cycle cycle, String iso3) {
		return cycle.published() && latest(cycle.year(), iso3)
			.filter(d -> !d.approved() && d.at().isAfter(cycle.publishedAt()))
			.isPresent();
	}
}
