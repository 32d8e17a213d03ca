package org.scorecards.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

	static final String INSUFFICIENT_DATA = "insufficient data";

	/** Marks a rating or pillar published with low coverage. */
	static final String LOW_COVERAGE_MARK = "\u2020";

	static final String COUNTRY_SERIES = "Country score";

	static final String REGION_SERIES = "Regional average";

	private final CountryReport report;

	private final Methodology methodology;

	private final Standing standing;

	PillarContent(CountryReport report) {
		this.report = report;
		this.methodology = report.methodology();
		this.standing = report.standing();
	}

	List<PillarSection> sections() {
		List<PillarSection> sections = new ArrayList<>();
		int number = 1;
		for (Pillar pillar : methodology.pillars()) {
			Optional<PillarResult> result = result(pillar);
			String facts = "Score " + score(result) + KeyFigureCharts.SEPARATOR + "regional average "
					+ Display.oneDecimal(regional(pillar)) + KeyFigureCharts.SEPARATOR + "coverage "
					+ Formats.percent(result.map(PillarResult::coverage).orElse(null)) + KeyFigureCharts.SEPARATOR
					+ "trend " + Formats.trend(trend(pillar));
			sections.add(new PillarSection(number++ + "  " + pillar.label(), facts, status(result),
					indicators(pillar), narrative(pillar)));
		}
		return sections;
	}

	/** The overall score with its band, then each pillar, over up to three years. */
	List<PillarOverviewRow> overview() {
		List<PillarOverviewRow> rows = new ArrayList<>();
		CountryScore score = score();
		rows.add(new PillarOverviewRow("Overall", overall(report.twoYearsBefore()), overall(report.previous()),
				overall(score), Display.oneDecimal(standing == null ? null : standing.regionalAverages().get(Standing.OVERALL)),
				Formats.trend(standing == null ? null : standing.overallTrend()), "",
				score.rated() ? score.status().code().replace('_', ' ') : "not rated"));
		for (Pillar pillar : methodology.pillars()) {
			Optional<PillarResult> result = result(pillar);
			rows.add(new PillarOverviewRow(pillar.label(), pillarScore(report.twoYearsBefore(), pillar),
					pillarScore(report.previous(), pillar), score(result), Display.oneDecimal(regional(pillar)),
					Formats.trend(trend(pillar)), Formats.percent(result.map(PillarResult::coverage).orElse(null)),
					result.map(r -> r.status().label()).orElse("not scored")));
		}
		return rows;
	}

	/** {@code 67.3 B}, with a dagger when marked low coverage; an en dash when not rated. */
	static String overall(CountryScore score) {
		if (score == null || !score.rated()) {
			return Display.ABSENT;
		}
		return Display.oneDecimal(score.overall()) + " " + score.band() + (score.status() == CountryStatus.LOW_COVERAGE
				? LOW_COVERAGE_MARK : "");
	}

	private static String pillarScore(CountryScore score, Pillar pillar) {
		return score == null ? Display.ABSENT
				: Display.oneDecimal(score.pillar(pillar.pillar()).filter(PillarResult::rated).map(PillarResult::score)
					.orElse(null));
	}

	/** Two series per pillar: the country (absent when not rated) and its regional average. */
	List<ChartBar> chart() {
		List<ChartBar> bars = new ArrayList<>();
		for (Pillar pillar : methodology.pillars()) {
			BigDecimal score = result(pillar).filter(PillarResult::rated).map(PillarResult::score).orElse(null);
			bars.add(new ChartBar(COUNTRY_SERIES, pillar.label(), Display.oneDecimalNumber(score),
					Display.oneDecimal(score)));
		}
		for (Pillar pillar : methodology.pillars()) {
			BigDecimal average = regional(pillar);
			bars.add(new ChartBar(REGION_SERIES, pillar.label(), Display.oneDecimalNumber(average),
					Display.oneDecimal(average)));
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
			String status = result.isEmpty() ? "not scored"
					: result.get().status() == PillarStatus.RATED ? "rated"
							: result.get().status().label() + " (below " + Formats.percent(methodology.coverageThreshold()) + ")";
			return new CoverageRow(pillar.label(), scored + " of " + indicators.size(), Long.toString(missing),
					Long.toString(base), Formats.percent(result.map(PillarResult::coverage).orElse(null)), status);
		}).toList();
	}

	private List<IndicatorRow> indicators(Pillar pillar) {
		CountryScore previous = report.previous();
		return methodology.indicatorsOf(pillar.pillar()).stream().map(indicator -> {
			IndicatorResult result = score().indicator(indicator.code()).orElse(null);
			String before = previous == null ? Display.ABSENT
					: Display.oneDecimal(previous.indicator(indicator.code()).map(IndicatorResult::score).orElse(null));
			String label = JRStringUtil.xmlEncode(indicator.label()) + "  <style size=\"6.5\" forecolor=\"#6B6B6B\">"
					+ JRStringUtil.xmlEncode(reference(indicator)) + "</style>" + traceability(indicator);
			return new IndicatorRow(indicator.code(), label, Formats.value(indicator, result),
					Display.oneDecimal(result == null ? null : result.score()), before, flags(result));
		}).toList();
	}

	/**
	 * What an evaluator needs to trace the score, on a line of its own in small type: the bounds it is scored
	 * between (numbers), and the methodology's caveat on what the figure does not measure.
	 */
	static String traceability(Indicator indicator) {
		List<String> parts = new ArrayList<>();
		if (indicator.worst() != null && indicator.best() != null) {
			parts.add("scored 0 at " + Formats.bound(indicator, indicator.worst()) + ", 100 at "
					+ Formats.bound(indicator, indicator.best()));
		}
		if (indicator.caveat() != null && !indicator.caveat().isBlank()) {
			parts.add(indicator.caveat().strip());
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
				reference.append(reference.isEmpty() ? "" : KeyFigureCharts.SEPARATOR).append("critical: ")
					.append(Formats.answer(cap.when())).append(" caps the rating at ").append(cap.maxBand());
			}
		}
		return reference.toString();
	}

	static String flags(IndicatorResult result) {
		if (result == null) {
			return IndicatorStatus.NOT_REPORTED.label();
		}
		List<String> flags = new ArrayList<>();
		if (!result.scored()) {
			flags.add(result.status().label());
		}
		if (result.warning()) {
			flags.add("warning");
		}
		return String.join(", ", flags);
	}

	private String status(Optional<PillarResult> result) {
		if (result.isEmpty()) {
			return "Not scored: " + (report.score().reason() == null ? "the country was not scored."
					: report.score().reason());
		}
		if (result.get().status() == PillarStatus.INSUFFICIENT_DATA) {
			return "Insufficient data: " + Formats.percent(result.get().coverage()) + " of the pillar\u2019s weight "
					+ "could be scored, below the " + Formats.percent(methodology.coverageThreshold()) + " the methodology "
					+ "requires. The pillar has no published score and the country is not rated.";
		}
		if (result.get().lowCoverage()) {
			return LOW_COVERAGE_MARK + " Low coverage: " + Formats.percent(result.get().coverage()) + " of the pillar\u2019s "
					+ "weight was reported, below the " + Formats.percent(methodology.coverageThreshold()) + " the "
					+ "methodology expects. The score counts every indicator not reported as 0.";
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
		return !pillar.rated() ? INSUFFICIENT_DATA
				: Display.oneDecimal(pillar.score()) + (pillar.lowCoverage() ? LOW_COVERAGE_MARK : "");
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
