package org.scorecards.synthetic;

import java.math.BigDecimal;
import java.util.Random;

/**
 * One country in one reporting year: its population, its capacity that year and its currency's rate.
 * Each depends on the country, the year and the seed only, so a year's data do not change when other years
 * are generated with it, and consecutive years stay close.
 */
record CountryYear(FictionalCountry country, int year, long population, double capacity, BigDecimal perUsd,
		long seed) {

	static CountryYear of(FictionalCountry country, int year, long seed) {
		return new CountryYear(country, year, population(country, year, seed), capacity(country, year, seed),
				Currencies.perUsd(country.currency(), year, seed), seed);
	}

	static long population(FictionalCountry country, int year, long seed) {
		Random random = Seeds.random(seed, country.iso3(), year, "population");
		double drift = Math.pow(1 + country.populationGrowth(), year - FictionalCountry.BASE_YEAR);
		return Math.round(country.basePopulation() * drift * (1 + 0.002 * random.nextGaussian()));
	}

	private static double capacity(FictionalCountry country, int year, long seed) {
		Random random = Seeds.random(seed, country.iso3(), year, "capacity");
		double trend = country.capacityTrend() * (year - FictionalCountry.BASE_YEAR);
		return Draw.noisy(random, country.capacity() + trend, 0.03);
	}

	String iso3() {
		return country.iso3();
	}

	/** The random stream of one file or purpose of this country and year. */
	Random random(String stream) {
		return Seeds.random(seed, country.iso3(), year, stream);
	}

	/** Population in units of 100,000, the base of every per-100k indicator. */
	double hundredThousands() {
		return population / 100_000.0;
	}

	/** Number of case records for a requested size: the country's volume with a few percent of yearly noise. */
	long records(long requested) {
		double noise = Draw.between(random("volume"), 0.95, 1.05);
		return Math.round(requested * country.volume() * noise);
	}
}
