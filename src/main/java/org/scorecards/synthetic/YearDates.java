package org.scorecards.synthetic;

import java.time.LocalDate;
import java.util.Random;

/** The ISO dates of one year, formatted once so writing millions of rows does not format each date again. */
final class YearDates {

	private final String[] days;

	YearDates(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		this.days = new String[first.lengthOfYear()];
		for (int i = 0; i < days.length; i++) {
			days[i] = first.plusDays(i).toString();
		}
	}

	String any(Random random) {
		return days[random.nextInt(days.length)];
	}

	/** A date for the {@code index}-th of {@code count} events spread over the year, so dates follow refs. */
	String spread(long index, long count, Random random) {
		int day = (int) ((index + random.nextDouble()) * days.length / Math.max(1, count));
		return days[Math.min(days.length - 1, day)];
	}
}
