package org.scorecards.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the robustness analysis of a cycle found: the rank interval of every rated country (by rank, then
 * ISO3), the Sobol' indices of each rank and of the mean rank shift, and the indicator audit.
 *
 * @param draws base draws of the Monte Carlo
 * @param seed the seed they came from
 */
public record RobustnessResult(int draws, long seed, List<RankInterval> intervals, List<SensitivityIndex> sensitivity,
		IndicatorAudit audit) {

	public Optional<RankInterval> interval(String iso3) {
		return intervals.stream().filter(i -> i.iso3().equals(iso3)).findFirst();
	}

	public Map<String, RankInterval> byCountry() {
		return intervals.stream().collect(Collectors.toMap(RankInterval::iso3, Function.identity()));
	}
}
