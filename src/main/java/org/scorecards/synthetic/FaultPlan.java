package org.scorecards.synthetic;

import java.util.List;
import java.util.Random;

/**
 * The country-level deliberate errors, decided once from the seed: the last country leaves out funding.csv
 * in the latest year, and one other country-year reports more MLA requests executed than received.
 * Row-level errors are decided by the writers, one row at a time.
 */
record FaultPlan(String missingFundingIso3, int missingFundingYear, String mlaIso3, int mlaYear) {

	static FaultPlan of(List<FictionalCountry> countries, GeneratorOptions options) {
		Random random = Seeds.random(options.seed(), "", 0, "fault-plan");
		List<Integer> years = options.sortedYears();
		// Not the last country when there is a choice, so the two errors fall on different countries.
		int mlaIndex = random.nextInt(Math.max(1, countries.size() - 1));
		return new FaultPlan(countries.get(countries.size() - 1).iso3(), options.latestYear(),
				countries.get(mlaIndex).iso3(), years.get(random.nextInt(years.size())));
	}

	boolean omitsFunding(CountryYear countryYear) {
		return countryYear.iso3().equals(missingFundingIso3) && countryYear.year() == missingFundingYear;
	}

	boolean inflatesMla(CountryYear countryYear) {
		return countryYear.iso3().equals(mlaIso3) && countryYear.year() == mlaYear;
	}
}
