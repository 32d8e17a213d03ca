package org.scorecards.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.sf.jasperreports.engine.util.JRStringUtil;

import org.scorecards.methodology.Cap;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.scoring.IndicatorStatus;
import org.scorecards.scoring.PillarResult;
import org.scorecards.scoring.PillarStatus;
import org.scorecards.scoring.Standing;
import org.scorecards.scoring.Trend;

/**
 * The per-pillar parts of a scorecard: the overview beside regional averages, the indicator tables and
 * the coverage table. Rows follow the methodology, so an indicator without a result still gets its line.
 */
final class PillarContent {

	/** Marks a rating or pillar published with low coverage. */
	static final String LOW_COVERAGE_MARK = "\u2020";

	private final CountryReport report;

	private final Formats words;

	private final Methodology methodology;

	private final Standing standing;

	PillarContent(CountryReport report, Formats words) {
		this.report = report;
		this.words = words;
		this.methodology = report.methodology();
		this.standing = report.standing();
	}

	List<PillarSection> sections() {
		List<PillarSection> sections = new ArrayList<>();
		int number = 1;
		for (Pillar pillar : methodology.pillars()) {
			Optional<PillarResult> result = result(pillar);
			String facts = words.text("pillar.facts", score(result), words.score(regional(pillar)),
					words.percent(result.map(PillarResult::coverage).orElse(null)), words.trend(trend(pillar)));
			sections.add(new PillarSection(number++ + "  " + words.terms().pillar(pillar), facts, status(result),
					indicators(pillar), narrative(pillar)));
		}
		return sections;
	}

	/** The overall score with its band, then each pillar, over up to three years. */
	List<PillarOverviewRow> overview() {
		List<PillarOverviewRow> rows = new ArrayList<>();
		CountryScore score = score();
		rows.add(new PillarOverviewRow(words.text("overview.overall"), overall(report.twoYearsBefore()),
				overall(report.previous()), overall(score),
				words.score(standing == null ? null : standing.regionalAverages().get(Standing.OVERALL)),
				words.trend(standing == null ? null : standing.overallTrend()), "",
				words.text("status." + (score.rated() ? score.status().name().toLowerCase(Locale.ROOT) : "not_rated"))));
		for (Pillar pillar : methodology.pillars()) {
			Optional<PillarResult> result = result(pillar);
			rows.add(new PillarOverviewRow(words.terms().pillar(pillar), pillarScore(report.twoYearsBefore(), pillar),
					pillarScore(report.previous(), pillar), score(result), words.score(regional(pillar)),
					words.trend(trend(pillar)), words.percent(result.map(PillarResult::coverage).orElse(null)),
					result.map(r -> pillarStatus(r.status())).orElse(words.text("status.not_scored"))));
		}
		return rows;
	}

	/** {@code 67.3 B}, with a dagger when marked low coverage; an en dash when not rated. */
	String overall(CountryScore score) {
		if (score == null || !score.rated()) {
			return Display.ABSENT;
		}
		return words.score(score.overall()) + " " + score.band() + (score.status() == CountryStatus.LOW_COVERAGE
				? LOW_COVERAGE_MARK : "");
	}

	private String pillarScore(CountryScore score, Pillar pillar) {
		return score == null ? Display.ABSENT
				: words.score(score.pillar(pillar.pillar()).filter(PillarResult::rated).map(PillarResult::score)
					.orElse(null));
	}

	/** "rated", "low coverage", "insufficient data". */
	String pillarStatus(PillarStatus status) {
		return words.text("pillar_status." + status.code());
	}

	/** Two series per pillar: the country (absent when not rated) and its regional average. */
	List<ChartBar> chart() {
		List<ChartBar> bars = new ArrayList<>();
		for (Pillar pillar : methodology.pillars()) {
			BigDecimal score = result(pillar).filter(PillarResult::rated).map(PillarResult::score).orElse(null);
			bars.add(new ChartBar(words.text("chart.country_series"), words.terms().pillar(pillar),
					Display.oneDecimalNumber(score), words.score(score)));
		}
		for (Pillar pillar : methodology.pillars()) {
			BigDecimal average = regional(pillar);
			bars.add(new ChartBar(words.text("chart.region_series"), words.terms().pillar(pillar),
					Display.oneDecimalNumber(average), words.score(average)));
		}
		return bars;
	}

	List<CoverageRow> coverage() {
		return methodology.pillars().stream().map(pillar -> {
			List<Indicator> indicators = methodology.indicatorsOf(pillar.pillar());
			long scored = indicators.stream().filter(i -> status(i) == IndicatorStatus.SCORED).count();
			long missing = indicators.stream().filter(i -> status(i) == IndicatorStatus.NOT_REPORTED).count();
			long base = indicators.stream().filter(i -> status(i) == IndicatorStatus.INSUFFICIENT_BASE).count();
			Optional<PillarResult> result = result(pillar);
			String status = result.isEmpty() ? words.text("status.not_scored")
					: result.get().status() == PillarStatus.RATED ? pillarStatus(PillarStatus.RATED)
							: words.text("coverage.below", pillarStatus(result.get().status()),
									words.percent(methodology.coverageThreshold()));
			return new CoverageRow(words.terms().pillar(pillar),
					words.text("count.of", words.whole(scored), words.whole(indicators.size())), words.whole(missing),
					words.whole(base), words.percent(result.map(PillarResult::coverage).orElse(null)), status);
		}).toList();
	}

	private List<IndicatorRow> indicators(Pillar pillar) {
		CountryScore previous = report.previous();
		return methodology.indicatorsOf(pillar.pillar()).stream().map(indicator -> {
			IndicatorResult result = score().indicator(indicator.code()).orElse(null);
			String before = previous == null ? Display.ABSENT
					: words.score(previous.indicator(indicator.code()).map(IndicatorResult::score).orElse(null));
			String label = JRStringUtil.xmlEncode(words.terms().indicator(indicator))
					+ "  <style size=\"6.5\" forecolor=\"#6B6B6B\">" + JRStringUtil.xmlEncode(reference(indicator))
					+ "</style>" + traceability(indicator);
			return new IndicatorRow(indicator.code(), label, words.value(indicator, result),
					words.score(result == null ? null : result.score()), before, flags(result));
		}).toList();
	}

	/**
	 * What an evaluator needs to trace the score, on a line of its own in small type: the bounds it is scored
	 * between (numbers), and the methodology's caveat on what the figure does not measure.
	 */
	String traceability(Indicator indicator) {
		List<String> parts = new ArrayList<>();
		if (indicator.worst() != null && indicator.best() != null) {
			parts.add(words.text("indicator.bounds", words.bound(indicator, indicator.worst()),
					words.bound(indicator, indicator.best())));
		}
		String caveat = words.terms().caveat(indicator);
		if (caveat != null && !caveat.isBlank()) {
			parts.add(caveat.strip());
		}
		return parts.isEmpty() ? ""
				: "\n<style size=\"6.5\" forecolor=\"#6B6B6B\">" + JRStringUtil.xmlEncode(String.join(" \u00b7 ", parts))
						+ "</style>";
	}

	/** The treaty provision, and for a critical indicator the cap its answer can trigger. */
	private String reference(Indicator indicator) {
		StringBuilder reference = new StringBuilder(indicator.treaty() == null ? "" : indicator.treaty());
		for (Cap cap : methodology.caps()) {
			if (cap.indicator().equals(indicator.code())) {
				reference.append(reference.isEmpty() ? "" : KeyFigureCharts.SEPARATOR)
					.append(words.text("indicator.critical", words.answer(cap.when()), cap.maxBand()));
			}
		}
		return reference.toString();
	}

	String flags(IndicatorResult result) {
		if (result == null) {
			return words.text("flag.not_reported");
		}
		List<String> flags = new ArrayList<>();
		if (!result.scored()) {
			flags.add(words.text("flag." + result.status().code()));
		}
		if (result.warning()) {
			flags.add(words.text("flag.warning"));
		}
		return words.list(flags);
	}

	private String status(Optional<PillarResult> result) {
		if (result.isEmpty()) {
			return words.text("pillar.not_scored", UnratedReason.of(words, report.score()));
		}
		if (result.get().status() == PillarStatus.INSUFFICIENT_DATA) {
			return words.text("pillar.insufficient_data", words.percent(result.get().coverage()),
					words.percent(methodology.coverageThreshold()));
		}
		if (result.get().lowCoverage()) {
			return LOW_COVERAGE_MARK + " " + words.text("pillar.low_coverage", words.percent(result.get().coverage()),
					words.percent(methodology.coverageThreshold()));
		}
		return null;
	}

	private String narrative(Pillar pillar) {
		Map<String, String> narrative = report.narrative();
		if (narrative == null) {
			return null;
		}
		String text = narrative.get(pillar.pillar());
		if (text == null) {
			text = narrative.entrySet().stream()
				.filter(e -> e.getKey().equalsIgnoreCase(pillar.pillar()) || e.getKey().equalsIgnoreCase(pillar.label()))
				.map(Map.Entry::getValue).findFirst().orElse(null);
		}
		return text == null || text.isBlank() ? null : text.strip();
	}

	private IndicatorStatus status(Indicator indicator) {
		return score().indicator(indicator.code()).map(IndicatorResult::status).orElse(IndicatorStatus.NOT_REPORTED);
	}

	private String score(Optional<PillarResult> result) {
		if (result.isEmpty()) {
			return Display.ABSENT;
		}
		PillarResult pillar = result.get();
		return !pillar.rated() ? pillarStatus(PillarStatus.INSUFFICIENT_DATA)
				: words.score(pillar.score()) + (pillar.lowCoverage() ? LOW_COVERAGE_MARK : "");
	}

	private Optional<PillarResult> result(Pillar pillar) {
		return score().pillar(pillar.pillar());
	}

	private CountryScore score() {
		return report.score();
	}

	private BigDecimal regional(Pillar pillar) {
		return standing == null || standing.regionalAverages() == null ? null
				: standing.regionalAverages().get(pillar.pillar());
	}

	private Trend trend(Pillar pillar) {
		return standing == null || standing.pillarTrends() == null ? null : standing.pillarTrends().get(pillar.pillar());
	}
}
