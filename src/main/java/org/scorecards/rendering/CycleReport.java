package org.scorecards.rendering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.scorecards.methodology.Methodology;

/**
 * Everything the cycle summary shows.
 *
 * @param countries every country of the cycle, rated ones first by rank, then the others by name
 * @param regionalAverages region to (pillar key or {@code overall}) to average over rated countries
 */
public record CycleReport(int year, List<CountryReport> countries, Map<String, Map<String, java.math.BigDecimal>> regionalAverages,
		Methodology methodology, LocalDate generatedOn, boolean synthetic) {
}
