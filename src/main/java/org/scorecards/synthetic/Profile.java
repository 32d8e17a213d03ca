package org.scorecards.synthetic;

import org.scorecards.language.Language;

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

	/**
	 * The language a country publishes in. The realistic profile mixes them as a monitoring body's membership
	 * might (60 % English, 20 % French, 10 % Spanish, 5 % Arabic, 3 % Russian, 2 % Chinese), spread over the
	 * list rather than in blocks; the demo and stress profiles are English.
	 */
	Language language(int index) {
		if (this != REALISTIC) {
			return Language.EN;
		}
		// 37 is prime to 100: consecutive countries land in buckets far apart, every bucket is used once a hundred.
		int bucket = (index * 37) % 100;
		return bucket < 60 ? Language.EN : bucket < 80 ? Language.FR : bucket < 90 ? Language.ES
				: bucket < 95 ? Language.AR : bucket < 98 ? Language.RU : Language.ZH;
	}

	/** Row counts are exactly the requested ones, with no yearly noise. */
	boolean exact() {
		return this == STRESS;
	}
}
