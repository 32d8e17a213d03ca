package org.scorecards.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * {@code training.csv}: 5 to 40 sessions. The people trained are drawn per group, criminal-justice
 * practitioners and frontline responders, at 0 to 25 per 100k following the country's capacity (the
 * methodology's best bound is 20); each group's sessions are then sized at about 25 participants, so small
 * countries hold few sessions and large ones bigger sessions, and a few sessions for other audiences are
 * added.
 */
final class TrainingWriter {

	static final String FILE = "training.csv";

	static final int MIN_SESSIONS = 5;

	static final int MAX_SESSIONS = 40;

	private static final Weighted JUSTICE = Weighted.parse("police:20 prosecutors:10 judges:6");

	private static final Weighted FRONTLINE = Weighted.parse("""
			labour_inspectors:12 border_guards:12 social_workers:14 health_workers:8""");

	private static final List<String> HOURS = List.of("2", "3", "4", "6", "7.5", "8", "12", "16", "24", "37.5");

	private record Session(String audience, long participants) {
	}

	private final CountryYear countryYear;

	TrainingWriter(CountryYear countryYear) {
		this.countryYear = countryYear;
	}

	Written write(Path file) throws IOException {
		Random random = countryYear.random("training");
		double justice = trained(random);
		double frontline = trained(random);
		int others = Draw.between(random, 1, 4);
		long groupSessions = Math.round((justice + frontline) / 25);
		int justiceSessions = (int) Math.min(MAX_SESSIONS - others, Math.round(groupSessions * share(justice, frontline)));
		int frontlineSessions = (int) Math.min(MAX_SESSIONS - others - justiceSessions, groupSessions - justiceSessions);
		others = Math.max(others, MIN_SESSIONS - justiceSessions - frontlineSessions);
		List<Session> sessions = new ArrayList<>();
		split(justice, justiceSessions, JUSTICE, random, sessions);
		split(frontline, frontlineSessions, FRONTLINE, random, sessions);
		for (int i = 0; i < others; i++) {
			sessions.add(new Session("other", Draw.between(random, 8, 40)));
		}
		Collections.shuffle(sessions, random);
		YearDates dates = new YearDates(countryYear.year());
		try (CsvTable csv = CsvTable.create(file, "session_ref", "held_on", "audience", "participants", "hours")) {
			for (Session session : sessions) {
				csv.row("T-" + countryYear.iso3() + "-" + countryYear.year() + "-" + Draw.pad(csv.rows() + 1, 3),
						dates.spread(csv.rows(), sessions.size(), random), session.audience(), session.participants(),
						Draw.any(random, HOURS));
			}
			return new Written(csv.rows(), 0);
		}
	}

	/** People of one group trained this year: 0 to 25 per 100k, following capacity. */
	private double trained(Random random) {
		return countryYear.hundredThousands() * 25 * Draw.noisy(random, countryYear.capacity(), 0.15);
	}

	private static double share(double part, double other) {
		return (part + other == 0) ? 0 : part / (part + other);
	}

	/** Splits a group's participants over its sessions by random weights, at least one person each. */
	private static void split(double participants, int count, Weighted audiences, Random random,
			List<Session> sessions) {
		double[] weights = new double[count];
		double total = 0;
		for (int i = 0; i < count; i++) {
			weights[i] = Draw.between(random, 0.5, 1.5);
			total += weights[i];
		}
		for (int i = 0; i < count; i++) {
			long size = Math.max(1, Math.round(participants * weights[i] / total));
			sessions.add(new Session(audiences.pick(random), size));
		}
	}
}
