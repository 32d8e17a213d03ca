package org.scorecards.submission;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secretariat's decisions on a country's data, kept as a history (the latest is in force): approve a
 * clean submission, which locks the data; return a submission with a reason, which the focal point sees;
 * un-approve with a reason, which unlocks them.
 */
@Component
public class Decisions {

	public record Decision(String kind, Integer version, String reason, String by, Instant at) {

		public boolean approved() {
			return kind.equals("approved");
		}
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final Submissions submissions;

	private final DecisionLog log;

	Decisions(JdbcClient jdbc, AuditTrail audit, Clock clock, Submissions submissions, DecisionLog log) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.submissions = submissions;
		this.log = log;
	}

	public Optional<Decision> latest(int year, String iso3) {
		return log.latest(year, iso3);
	}

	public boolean locked(int year, String iso3) {
		return log.locked(year, iso3);
	}

	/** Un-approved or returned since the cycle was published: a corrected version is awaited or not yet approved. */
	public boolean reopenedForCorrection(Cycle cycle, String iso3) {
		return log.reopenedForCorrection(cycle, iso3);
	}

	/** Approves the latest version, which must be clean; the data are locked from then on. */
	public Decision approve(Account actor, int year, String iso3) {
		SubmissionView latest = submissions.latest(year, iso3)
			.orElseThrow(() -> UploadRefused.because(409, "nothing-to-approve", iso3));
		if (!latest.status().equals("clean")) {
			throw UploadRefused.because(409, "not-clean", latest.version(), iso3, latest.errors());
		}
		if (locked(year, iso3)) {
			throw UploadRefused.because(409, "approved-already", iso3);
		}
		return record(actor, year, iso3, "approved", latest.version(), "", state(year, iso3));
	}

	/** Returns the latest version to the focal point with a reason they will read. */
	public Decision returnSubmission(Account actor, int year, String iso3, String reason) {
		SubmissionView latest = submissions.latest(year, iso3)
			.orElseThrow(() -> UploadRefused.because(409, "nothing-to-return", iso3));
		if (locked(year, iso3)) {
			throw UploadRefused.because(409, "unapprove-first", iso3);
		}
		return record(actor, year, iso3, "returned", latest.version(), required(reason), state(year, iso3));
	}

	/** Un-approves, with a reason: the data are unlocked and can be corrected. */
	public Decision unapprove(Account actor, int year, String iso3, String reason) {
		if (!locked(year, iso3)) {
			throw UploadRefused.because(409, "not-approved", iso3);
		}
		return record(actor, year, iso3, "unapproved", null, required(reason), "approved");
	}

	private Decision record(Account actor, int year, String iso3, String kind, Integer version, String reason,
			String before) {
		jdbc.sql("INSERT INTO decision (reporting_year, iso3, kind, version, reason, decided_by, decided_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(year, iso3, kind, version, reason, actor.email(), Timestamp.from(clock.instant()))
			.update();
		audit.record(actor.email(), "decision." + kind, year, iso3, reason, before, kind);
		return latest(year, iso3).orElseThrow();
	}

	private String state(int year, String iso3) {
		return latest(year, iso3).map(Decision::kind)
			.orElse(submissions.latest(year, iso3).map(SubmissionView::status).orElse("not started"));
	}

	private static String required(String reason) {
		if (reason == null || reason.isBlank()) {
			throw UploadRefused.because(400, "reason-needed");
		}
		String text = reason.strip();
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}
}
