package org.scorecards.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scorecards.methodology.Band;
import org.scorecards.methodology.Cap;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MissingData.CoverageBasis;
import org.scorecards.methodology.MissingData.CriticalNotReported;
import org.scorecards.methodology.MissingData.LowCoverage;
import org.scorecards.methodology.Pillar;

/**
 * Scores a country-year: every indicator, then each pillar as the weighted mean of the indicators that
 * count with its coverage, then the overall score, band and caps. What counts, what coverage measures and
 * what low coverage does are the methodology file's choices ({@link org.scorecards.methodology.MissingData}).
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
			pillars.add(pillar(pillar.pillar(), results));
			results.forEach(r -> indicators.add(r.withContribution(contribution(r, results))));
		}
		List<String> withheld = pillars.stream().filter(p -> !p.rated()).map(PillarResult::pillar).toList();
		if (!withheld.isEmpty()) {
			return new CountryScore(iso3, year, CountryStatus.NOT_RATED, indicators, pillars, null, null, null, null,
					List.of(), "insufficient data for " + String.join(", ", withheld) + " (coverage below "
							+ threshold() + " %)");
		}
		List<Weighted> pillarScores = new ArrayList<>();
		for (int i = 0; i < pillars.size(); i++) {
			pillarScores.add(new Weighted(methodology.pillars().get(i).weight(), pillars.get(i).score()));
		}
		BigDecimal overall = weightedMean(pillarScores);
		Band band = methodology.bandFor(OfficialFigure.of(overall));
		List<Cap> triggered = triggeredCaps(indicators);
		Cap cap = bindingCap(band, triggered);
		String published = cap == null ? band.band() : cap.maxBand();
		CountryStatus status = pillars.stream().anyMatch(PillarResult::lowCoverage) ? CountryStatus.LOW_COVERAGE
				: CountryStatus.RATED;
		return new CountryScore(iso3, year, status, indicators, pillars, overall, band.band(), published, cap,
				triggered, null);
	}

	private String threshold() {
		return methodology.coverageThreshold().multiply(Decimals.HUNDRED).stripTrailingZeros().toPlainString();
	}

	private PillarResult pillar(String pillar, List<IndicatorResult> results) {
		BigDecimal totalWeight = sum(results);
		List<Weighted> counted = results.stream()
			.filter(IndicatorResult::counted)
			.map(r -> new Weighted(r.weight(), r.score()))
			.toList();
		boolean byReport = methodology.coverageBasis() == CoverageBasis.REPORTED;
		BigDecimal coverage = Decimals.divide(
				sum(results.stream().filter(byReport ? IndicatorResult::reported : IndicatorResult::scored).toList()),
				totalWeight);
		BigDecimal score = counted.isEmpty() ? null : weightedMean(counted);
		PillarStatus status = coverage.compareTo(methodology.coverageThreshold()) >= 0 ? PillarStatus.RATED
				: methodology.lowCoverage() == LowCoverage.FLAG ? PillarStatus.LOW_COVERAGE
						: PillarStatus.INSUFFICIENT_DATA;
		// A withheld pillar has no score anywhere: the card, the tables and the trend tell the same story.
		return new PillarResult(pillar, status == PillarStatus.INSUFFICIENT_DATA ? null : score, coverage, status);
	}

	private static BigDecimal sum(List<IndicatorResult> results) {
		return results.stream().map(IndicatorResult::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal contribution(IndicatorResult result, List<IndicatorResult> pillar) {
		if (!result.counted()) {
			return null;
		}
		BigDecimal countedWeight = sum(pillar.stream().filter(IndicatorResult::counted).toList());
		return Decimals.divide(result.weight().multiply(result.score()), countedWeight);
	}

	/**
	 * Caps whose condition holds: the indicator answered as the cap says or, where the methodology binds caps
	 * by absence, a critical indicator not reported.
	 */
	private List<Cap> triggeredCaps(List<IndicatorResult> indicators) {
		boolean byAbsence = methodology.criticalNotReported() == CriticalNotReported.CAP;
		return methodology.caps().stream().filter(cap -> indicators.stream().anyMatch(i -> {
			if (!i.code().equals(cap.indicator())) {
				return false;
			}
			boolean critical = methodology.indicator(i.code()).map(ind -> ind.critical()).orElse(false);
			return cap.when().equalsIgnoreCase(String.valueOf(i.answer()))
					|| byAbsence && critical && i.status() == IndicatorStatus.NOT_REPORTED;
		})).toList();
	}

	/** The cap that lowers the band, the strictest when several apply; {@code null} when none binds. */
	private Cap bindingCap(Band band, List<Cap> triggered) {
		Cap binding = null;
		int worst = methodology.bandOrder(band.band());
		for (Cap cap : triggered) {
			int order = methodology.bandOrder(cap.maxBand());
			if (order > worst) {
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
