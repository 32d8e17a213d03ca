package org.scorecards.scoring;

/**
 * The share of an output's variance due to one assumption of the methodology.
 *
 * @param output an ISO3 code (the country's rank) or {@link #MEAN_RANK_SHIFT}
 * @param assumption one of {@link RobustnessAnalysis#ASSUMPTIONS}
 * @param first first-order index: the share due to the assumption alone; {@code null} when the output never
 * varies
 * @param total total index: the share due to the assumption with all its interactions; {@code null} likewise
 */
public record SensitivityIndex(String output, String assumption, Double first, Double total) {

	/** The cycle's mean absolute change of rank against the published ranks. */
	public static final String MEAN_RANK_SHIFT = "mean rank shift";
}
