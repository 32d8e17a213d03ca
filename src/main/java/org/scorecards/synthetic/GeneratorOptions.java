package org.scorecards.synthetic;

import java.util.HashSet;
import java.util.List;

/**
 * What to generate: how many fictional countries, which reporting years, the typical number of victim records
 * per country and year, the seed every random draw derives from, and how volumes spread over countries.
 */
public record GeneratorOptions(int countries, List<Integer> years, int recordsPerCountry, long seed,
		Profile profile) {

	/** The demo profile, as the bundled data were generated. */
	public GeneratorOptions(int countries, List<Integer> years, int recordsPerCountry, long seed) {
		this(countries, years, recordsPerCountry, seed, Profile.DEMO);
	}

	public GeneratorOptions {
		if (profile == null) {
			throw new IllegalArgumentException("profile is missing, expected one of demo, realistic, stress");
		}
		if (countries < 1 || countries > FictionalCountries.MAX_COUNTRIES) {
			throw new IllegalArgumentException("countries is %d, expected 1 to %d (one user-assigned code XAA..XZZ each)"
				.formatted(countries, FictionalCountries.MAX_COUNTRIES));
		}
		if (years == null || years.isEmpty()) {
			throw new IllegalArgumentException("years is empty, expected at least one reporting year");
		}
		years = List.copyOf(years);
		for (int year : years) {
			if (year < 1950 || year > 2999) {
				throw new IllegalArgumentException("year %d is out of range, expected 1950 to 2999".formatted(year));
			}
		}
		if (new HashSet<>(years).size() != years.size()) {
			throw new IllegalArgumentException("years %s repeat a year, expected each year once".formatted(years));
		}
		if (recordsPerCountry < 0) {
			throw new IllegalArgumentException("recordsPerCountry is %d, expected 0 or more".formatted(recordsPerCountry));
		}
	}

	/** The reporting years in ascending order. */
	List<Integer> sortedYears() {
		return years.stream().sorted().toList();
	}

	int latestYear() {
		return years.stream().mapToInt(Integer::intValue).max().orElseThrow();
	}
}
