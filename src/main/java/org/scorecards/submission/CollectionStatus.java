package org.scorecards.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import org.scorecards.reference.Country;

/**
 * The collection at a glance: every country's state in the cycle, and the reporting rates as DHIS2 defines
 * them: completeness (countries with a clean or approved submission, of all) and timeliness (those whose clean
 * submission arrived by the deadline, of all).
 */
@Component
public class CollectionStatus {

	/** One country's line on the desk. */
	public record Line(String iso3, String name, String region, String state, Integer version, Instant lastSubmission,
			Boolean onTime, Integer errors, Integer warnings, String reason) {
	}

	public record Status(int year, String deadline, List<Line> countries, BigDecimal completeness,
			BigDecimal timeliness) {
	}

	private final Submissions submissions;

	private final Decisions decisions;

	private final Cycles cycles;

	private final SubmissionStore store;

	CollectionStatus(Submissions submissions, Decisions decisions, Cycles cycles, SubmissionStore store) {
		this.submissions = submissions;
		this.decisions = decisions;
		this.cycles = cycles;
		this.store = store;
	}

	public Status of(int year) {
		Cycle cycle = cycles.find(year).orElseThrow(() -> UploadRefused.because(404, "no-cycle", year));
		List<Country> countries = List.copyOf(store.reference().countries());
		List<Line> lines = countries.stream().map(c -> line(cycle, c)).toList();
		long complete = lines.stream().filter(l -> l.state().equals("clean") || l.state().equals("approved")).count();
		long timely = lines.stream()
			.filter(l -> (l.state().equals("clean") || l.state().equals("approved")) && Boolean.TRUE.equals(l.onTime()))
			.count();
		return new Status(year, cycle.deadline().toString(), lines, rate(complete, lines.size()),
				rate(timely, lines.size()));
	}

	private Line line(Cycle cycle, Country country) {
		var latest = submissions.latest(cycle.year(), country.iso3());
		if (latest.isEmpty()) {
			return new Line(country.iso3(), country.name(), country.region(), "not started", null, null, null, null,
					null, null);
		}
		SubmissionView view = latest.get();
		var decision = decisions.latest(cycle.year(), country.iso3());
		String state = view.status().equals("clean") ? "clean" : "submitted with errors";
		String reason = null;
		if (decision.isPresent()) {
			Decisions.Decision d = decision.get();
			if (d.approved()) {
				state = "approved";
			}
			else if (d.kind().equals("returned") && !d.at().isBefore(view.submittedAt())) {
				state = "returned";
				reason = d.reason();
			}
		}
		return new Line(country.iso3(), country.name(), country.region(), state, view.version(), view.submittedAt(),
				cycle.onTime(view.submittedAt()), view.errors(), view.warnings(), reason);
	}

	private static BigDecimal rate(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
						RoundingMode.HALF_UP);
	}
}
