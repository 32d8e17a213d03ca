package org.scorecards.methodology;

import java.math.BigDecimal;

/**
 * How the robustness analysis perturbs the methodology's choices (OECD/JRC handbook, step 7): weights drawn
 * from Dirichlet distributions centred on the nominal weights, each bound moved by up to {@code boundShift}
 * of its indicator's range, and the pillars aggregated by an arithmetic or a geometric mean. A file that does
 * not state it (v1) gets the defaults below, so that every methodology can be analysed.
 *
 * @param draws Monte Carlo draws by default (the command line may ask for another number)
 * @param seed seed of the draws by default: the same seed gives the same bytes
 * @param weightConcentration the Dirichlet's concentration: larger keeps draws closer to the nominal weights
 * (with 100 a weight of 0.25 varies with a standard deviation of about 0.043)
 * @param boundShift the largest move of a worst or best bound, as a share of best minus worst
 */
public record Robustness(Integer draws, Long seed, BigDecimal weightConcentration, BigDecimal boundShift) {

	public static final int DEFAULT_DRAWS = 10_000;

	public static final long DEFAULT_SEED = 2025;

	public Robustness {
		draws = draws == null ? DEFAULT_DRAWS : draws;
		seed = seed == null ? DEFAULT_SEED : seed;
		weightConcentration = weightConcentration == null ? BigDecimal.valueOf(100) : weightConcentration;
		boundShift = boundShift == null ? new BigDecimal("0.2") : boundShift;
		if (draws < 1) {
			throw new IllegalArgumentException("robustness.draws must be at least 1, not " + draws);
		}
		if (weightConcentration.signum() <= 0 || boundShift.signum() < 0) {
			throw new IllegalArgumentException("robustness.weight_concentration must be positive and "
					+ "robustness.bound_shift not negative, not " + weightConcentration + " and " + boundShift);
		}
	}

	/** Every setting at its default. */
	public static Robustness defaults() {
		return new Robustness(null, null, null, null);
	}
}
