package org.scorecards.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scorecards.methodology.Band;
import org.scorecards.methodology.Cap;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;

/**
 * Scores a country-year: every indicator, then each pillar as the weighted mean of its scored indicators
 * with its coverage, then the overall score, band and caps.
 */
public final class CountryScorer {

	private final Methodology methodology;

	private final IndicatorScorer indicatorScorer;

	public CountryScorer(Methodology methodology) {
		this.methodology = methodology;
		this.indicatorScorer = new IndicatorScorer(methodology);
	}

	public CountryScore score(String iso3, int year, Map<String, Evidence> evidence) {
		List<IndicatorResult> indicators = new ArrayList<>();
		List<PillarResult> pillars = new ArrayList<>();
		for (Pillar pillar : methodology.pillars()) {
			List<IndicatorResult> results = methodology.indicatorsOf(pillar.pillar())
				.stream()
				.map(indicator -> indicatorScorer.score(indicator, evidence.get(indicator.code())))
				.toList();
			PillarResult pillarResult = pillar(pillar.pillar(), results);
			pillars.add(pillarResult);
			results.forEach(r -> indicators.add(r.withContribution(contribution(r, results))));
		}
		if (pillars.stream().anyMatch(p -> !p.rated())) {
			List<String> lacking = pillars.stream().filter(p -> !p.rated()).map(PillarResult::pillar).toList();
			return new CountryScore(iso3, year, CountryStatus.NOT_RATED, indicators, pillars, null, null, null, null,
					"insufficient data for " + String.join(", ", lacking) + " (coverage below "
							+ methodology.coverageThreshold().multiply(Decimals.HUNDRED).stripTrailingZeros().toPlainString() + " %)");
		}
		List<Weighted> pillarScores = new ArrayList<>();
		for (int i = 0; i < pillars.size(); i++) {
			pillarScores.add(new Weighted(methodology.pillars().get(i).weight(), pillars.get(i).score()));
		}
		BigDecimal overall = weightedMean(pillarScores);
		Band band = methodology.bandFor(overall);
		Cap cap = bindingCap(band, indicators);
		String published = cap == null ? band.band() : cap.maxBand();
		return new CountryScore(iso3, year, CountryStatus.RATED, indicators, pillars, overall, band.band(), published,
				cap, null);
	}

	private PillarResult pillar(String pillar, List<IndicatorResult> results) {
		BigDecimal totalWeight = results.stream().map(IndicatorResult::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Weighted> scored = results.stream()
			.filter(IndicatorResult::scored)
			.map(r -> new Weighted(r.weight(), r.score()))
			.toList();
		BigDecimal scoredWeight = scored.stream().map(Weighted::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal coverage = Decimals.divide(scoredWeight, totalWeight);
		BigDecimal score = scored.isEmpty() ? null : weightedMean(scored);
		return new PillarResult(pillar, score, coverage, coverage.compareTo(methodology.coverageThreshold()) >= 0);
	}

	private static BigDecimal contribution(IndicatorResult result, List<IndicatorResult> pillar) {
		if (!result.scored()) {
			return null;
		}
		BigDecimal scoredWeight = pillar.stream()
			.filter(IndicatorResult::scored)
			.map(IndicatorResult::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return Decimals.divide(result.weight().multiply(result.score()), scoredWeight);
	}

	/** The cap that lowers the band, the strictest when several apply; {@code null} when none binds. */
	private Cap bindingCap(Band band, List<IndicatorResult> indicators) {
		Cap binding = null;
		int worst = methodology.bandOrder(band.band());
		for (Cap cap : methodology.caps()) {
			boolean triggered = indicators.stream()
				.anyMatch(i -> i.code().equals(cap.indicator()) && cap.when().equalsIgnoreCase(String.valueOf(i.answer())));
			int order = methodology.bandOrder(cap.maxBand());
			if (triggered && order > worst) {
				binding = cap;
				worst = order;
			}
		}
		return binding;
	}

	private record Weighted(BigDecimal weight, BigDecimal value) {
	}

	private static BigDecimal weightedMean(List<Weighted> values) {
		BigDecimal weights = BigDecimal.ZERO;
		BigDecimal sum = BigDecimal.ZERO;
		for (Weighted v : values) {
			weights = weights.add(v.weight());
			sum = sum.add(v.weight().multiply(v.value()));
		}
		return Decimals.divide(sum, weights);
	}
}
