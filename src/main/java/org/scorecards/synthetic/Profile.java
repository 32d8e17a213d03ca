package org.scorecards.synthetic;

/**
 * How case volumes spread over the countries of a generation. The demo keeps every country within a small
 * factor of the requested size; the benchmark profiles scale it up the way real data do, or to one huge
 * submission.
 */
public enum Profile {

	/** The bundled demo: 0.2 to 2 times the requested victims, a few percent of yearly noise, a third as many defendants. */
	DEMO(3),

	/**
	 * As in real statistics: log-normal over countries with the requested size as the median (larger and
	 * more capable states report more), so most countries report a few hundred victims and a few of 195
	 * over 10,000; half as many defendants.
	 */
	REALISTIC(2),

	/** Exactly the requested number of victims in every country and year, a fifth as many defendants. */
	STRESS(5);

	/** Spread of the realistic volumes: log-normal sigma, so the largest of 195 countries reports about 90 times the median. */
	static final double REALISTIC_SIGMA = 1.6;

	private final int victimsPerDefendant;

	Profile(int victimsPerDefendant) {
		this.victimsPerDefendant = victimsPerDefendant;
	}

	/** Requested defendants for a requested number of victims. */
	long defendants(long victims) {
		return victims / victimsPerDefendant;
	}

	/** Row counts are exactly the requested ones, with no yearly noise. */
	boolean exact() {
		return this == STRESS;
	}
}
