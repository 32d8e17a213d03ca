package org.scorecards.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Methodology;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.scoring.IndicatorStatus;
import org.scorecards.scoring.PillarResult;
import org.scorecards.scoring.Standing;

/**
 * Words everything {@code templates/scorecard.jrxml} prints, as report parameters and pillar rows.
 * Templates only place text; all rounding, suppression and wording happens here and in {@link Display}.
 */
final class ScorecardContent {

	static final String TITLE = "Anti-trafficking compliance scorecard";

	static final String SYNTHETIC_BANNER = "SYNTHETIC DEMO DATA \u2013 fictional countries";

	private final CountryReport report;

	private final PillarContent pillars;

	ScorecardContent(CountryReport report) {
		this.report = report;
		this.pillars = new PillarContent(report);
	}

	List<PillarSection> sections() {
		return pillars.sections();
	}

	Map<String, Object> parameters() {
		Methodology m = report.methodology();
		CountryScore score = report.score();
		Map<String, Object> p = new HashMap<>();
		p.put("Title", TITLE);
		p.put("Synthetic", report.synthetic());
		p.put("SyntheticBanner", SYNTHETIC_BANNER);
		p.put("Country", report.country().name());
		p.put("Region", report.country().region());
		p.put("Year", Integer.toString(report.year()));
		p.put("RunningHeader", TITLE + " " + report.year() + KeyFigureCharts.SEPARATOR + report.country().name());
		p.put("Rated", score.rated());
		if (score.rated()) {
			boolean low = score.status() == CountryStatus.LOW_COVERAGE;
			p.put("Score", Display.oneDecimal(score.overall()) + (low ? PillarContent.LOW_COVERAGE_MARK : ""));
			p.put("BandLetter", score.band());
			p.put("BandLabel", score.band() + " \u2013 " + m.band(score.band()).label());
			p.put("Rank", rank());
			p.put("RankNote", rankNote());
		}
		else {
			p.put("StatusTitle", score.status() == CountryStatus.BLOCKED ? "Not scored" : "Not rated");
			p.put("StatusReason", score.reason() == null ? Display.ABSENT : score.reason());
		}
		p.put("Cap", headlineNotes(score, m));
		p.put("Trend", trend());
		p.put("PreviousYear", Integer.toString(previousYear()));
		p.put("TwoYearsBefore", Integer.toString(report.year() - 2));
		p.put("RegionalOverall", "Regional average " + Display.oneDecimal(regionalOverall()));
		List<ChartBar> chart = pillars.chart();
		p.put("PillarChart", chart);
		p.put("PillarChartAlt", ChartAlt.describe("Pillar scores of " + report.country().name() + " in " + report.year()
				+ " beside the regional average", chart));
		p.put("HasPillarChart", chart.stream().anyMatch(bar -> bar.value() != null));
		p.put("PillarOverview", pillars.overview());
		p.put("FlagLegend", flagLegend(m) + " " + fullRationale(m));
		List<KeyFigure> figures = KeyFigureCharts.of(report.keyFigures(), report.score(), report.suppressionThreshold());
		p.put("KeyFigures", figures);
		p.put("HasKeyFigures", figures.stream().anyMatch(KeyFigure::reported));
		p.put("NoKeyFigures", "No breakdowns of victims, defendants, funding or training were reported for "
				+ report.year() + ".");
		p.put("SuppressionNote", KeyFigureCharts.suppressionNote(report.suppressionThreshold()));
		p.put("Coverage", pillars.coverage());
		DataQualityContent quality = new DataQualityContent(report);
		p.put("ValidationSummary", quality.summary());
		p.put("Intake", quality.intake());
		p.put("ScoringNote", MethodologyNote.scoring(m) + adjudications());
		p.put("GovernmentComments", report.governmentComments());
		p.put("Errata", errata());
		p.put("TreatyNote", MethodologyNote.treaties(m));
		p.put("MethodologyVersion", m.version());
		p.put("MethodologyChecksum", m.checksum());
		p.put("InputFingerprint", report.inputFingerprint() == null ? Display.ABSENT : report.inputFingerprint());
		p.put("GeneratedOn", Formats.date(report.generatedOn()));
		return p;
	}

	/** One line per correction of the country published after the cycle; {@code null} when it was never corrected. */
	private String errata() {
		return report.errata().isEmpty() ? null
				: String.join("\n", report.errata().stream().map(ScorecardContent::erratum).toList());
	}

	/** A correction in one sentence, worded here only (the translations start from it). */
	static String erratum(Erratum erratum) {
		return "Corrected on " + Formats.date(erratum.on()) + " (version " + erratum.version() + "): "
				+ erratum.reason();
	}

	/** Every analyst's adjudication that scoring used in place of a submitted value, in the note's words. */
	private String adjudications() {
		List<String> applied = report.findings().stream()
			.filter(f -> f.rule().equals("adjudication.applied"))
			.map(f -> f.message())
			.toList();
		return applied.isEmpty() ? "" : " Adjudications by the secretariat: " + String.join("; ", applied) + ".";
	}

	private String rank() {
		Standing standing = report.standing();
		if (standing == null || standing.rank() == null) {
			return "Rank " + Display.ABSENT;
		}
		String rank = "Rank " + standing.rank() + " of " + standing.ratedCount();
		return standing.interval() == null ? rank : rank + " (likely " + Display.likely(standing.interval()) + ")";
	}

	/** What the interval beside the rank means, in one sentence; {@code null} without one. */
	private String rankNote() {
		Standing standing = report.standing();
		if (standing == null || standing.interval() == null) {
			return null;
		}
		return "Likely " + Display.likely(standing.interval()) + ": the rank stayed in this range in 90 % of "
				+ "re-scorings of the cycle with other reasonable weights, bounds and aggregation (the summary’s "
				+ report.year() + "-robustness.csv has every country’s), so ranks a few places apart may not differ.";
	}

	/**
	 * What the headline box must say beside the score: the binding cap and any cap triggered without binding,
	 * the critical indicators not reported, and why a rating is marked low coverage. {@code null} when none.
	 */
	private static String headlineNotes(CountryScore score, Methodology m) {
		List<String> notes = new ArrayList<>();
		if (score.rated()) {
			String caps = MethodologyNote.capStatements(score, m);
			if (!caps.isEmpty()) {
				notes.add(caps);
			}
		}
		List<String> critical = m.indicators().stream()
			.filter(Indicator::critical)
			.filter(i -> score.indicator(i.code()).map(r -> r.status() == IndicatorStatus.NOT_REPORTED).orElse(false))
			.map(i -> i.code() + " " + i.label())
			.toList();
		if (!critical.isEmpty()) {
			notes.add("Critical indicators not reported: " + String.join("; ", critical) + ".");
		}
		if (score.status() == CountryStatus.LOW_COVERAGE) {
			List<String> low = score.pillars().stream().filter(PillarResult::lowCoverage)
				.map(r -> m.pillars().stream().filter(x -> x.pillar().equals(r.pillar())).findFirst().orElseThrow().label()
						+ " (" + Formats.percent(r.coverage()) + " reported)")
				.toList();
			notes.add(PillarContent.LOW_COVERAGE_MARK + " Low coverage: less than " + Formats.percent(m.coverageThreshold())
					+ " of the weight of " + String.join(", ", low) + ". The rating is published, but rests "
					+ "on incomplete data: every indicator not reported scores "
					+ (m.notReportedScore() == null ? "nothing" : m.notReportedScore().stripTrailingZeros().toPlainString())
					+ ".");
		}
		return notes.isEmpty() ? null : String.join("\n", notes);
	}

	private String trend() {
		Standing standing = report.standing();
		CountryScore previous = report.previous();
		int previousYear = previousYear();
		if (standing != null && standing.overallTrend() != null) {
			return "Trend " + Formats.trend(standing.overallTrend()) + " since " + previousYear + " ("
					+ previousYear + ": " + PillarContent.overall(previous) + ")";
		}
		if (previous == null) {
			return "No trend: no scores for " + previousYear + " under this methodology";
		}
		return "No trend: not rated in both " + previousYear + " and " + report.year();
	}

	private int previousYear() {
		return report.previous() == null ? report.year() - 1 : report.previous().year();
	}

	private java.math.BigDecimal regionalOverall() {
		Standing standing = report.standing();
		return standing == null || standing.regionalAverages() == null ? null
				: standing.regionalAverages().get(Standing.OVERALL);
	}

	/** Where an evaluator finds everything behind the card: the annex and the methodology file. Styled text. */
	private String fullRationale(Methodology m) {
		return "<b>Full rationale</b>: every input, bound, weight and contribution is in the annex "
				+ report.country().iso3() + "-" + report.year() + "-annex.xlsx; why each indicator and bound is what it "
				+ "is, in the methodology file, version " + m.version() + " (SHA-256 "
				+ (m.checksum() == null ? Display.ABSENT : m.checksum().substring(0, Math.min(12, m.checksum().length())))
				+ "…, in full in the footer).";
	}

	/** Styled text (JasperReports' {@code <b>} markup); holds no user text, so nothing needs escaping. */
	private static String flagLegend(Methodology m) {
		String notReported = m.notReportedScore() == null ? "it gets no score and is not imputed"
				: "it scores " + m.notReportedScore().stripTrailingZeros().toPlainString() + " and keeps its weight";
		return "<b>Value</b>: the answer, or the computed figure with its unit. <b>Score</b>: 0\u2013100 under "
				+ "methodology " + m.version() + "; the previous year\u2019s score is re-computed under the same "
				+ "methodology. <b>Flags</b>: <b>not reported</b> \u2013 the value is missing, was blocked by a "
				+ "validation error or its file was not submitted; " + notReported + ". <b>insufficient base</b> \u2013 a percentage "
				+ "whose base is below the methodology\u2019s minimum; not scored. <b>warning</b> \u2013 a validation "
				+ "finding touches the inputs (a warning, or records rejected from its file); the value is scored "
				+ "from what was accepted but should be read with care. An en dash ("
				+ Display.ABSENT + ") marks a value that does not exist.";
	}
}
