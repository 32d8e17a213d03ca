package org.scorecards.synthetic;

/**
 * A fictional country and the latent traits its data are drawn from. {@code capacity} (0..1) is how well the
 * state meets its obligations in the base year; it drifts by {@code capacityTrend} a year. {@code volume}
 * scales the number of case records (0.2 to 2 times the requested size in the demo profile). {@code gap} makes
 * a capable country answer No to one critical indicator, so the rating caps have something to act on.
 */
record FictionalCountry(int index, String iso3, String name, String region, String currency, long basePopulation,
		double populationGrowth, double capacity, double capacityTrend, double volume, CriticalGap gap) {

	static final int BASE_YEAR = 2020;

	static final double MIN_POPULATION = 200_000;

	static final double MAX_POPULATION = 150_000_000;

	/** Where the base population sits between the smallest and largest country, on a log scale (0..1). */
	double size() {
		return sizeOf(basePopulation);
	}

	FictionalCountry withVolume(double newVolume) {
		return new FictionalCountry(index, iso3, name, region, currency, basePopulation, populationGrowth, capacity,
				capacityTrend, newVolume, gap);
	}

	static double sizeOf(double population) {
		return Math.log(population / MIN_POPULATION) / Math.log(MAX_POPULATION / MIN_POPULATION);
	}

	enum CriticalGap {

		NONE, NO_CRIMINALISATION, NO_REFERRAL_MECHANISM

	}
}
