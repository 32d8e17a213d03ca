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
import org.scorecards.validation.RuleCatalogue;

/**
 * Words everything {@code templates/scorecard.jrxml} prints, as report parameters and pillar rows, in the language
 * the country's card is published in. Templates only place text and their fixed labels ({@code $R{...}}); all
 * rounding, suppression and wording happens here and in {@link Formats}.
 */
final class ScorecardContent {

	private final CountryReport report;

	private final Formats words;

	private final PillarContent pillars;

	private final RuleCatalogue catalogue;

	ScorecardContent(CountryReport report) {
		this(report, RuleCatalogue.bundled());
	}

	/** @param catalogue words the findings the card quotes (adjudications) in the card's language */
	ScorecardContent(CountryReport report, RuleCatalogue catalogue) {
		this.report = report;
		this.catalogue = catalogue;
		this.words = Formats.of(report.country().language());
		this.pillars = new PillarContent(report, words);
	}

	Formats words() {
		return words;
	}

	/** The document title of the PDF's metadata. */
	String documentTitle() {
		return words.text("scorecard.document_title", words.text("scorecard.title"), report.year(),
				report.country().name());
	}

	List<PillarSection> sections() {
		return pillars.sections();
	}

	Map<String, Object> parameters() {
		Methodology m = report.methodology();
		CountryScore score = report.score();
		String year = Integer.toString(report.year());
		String country = report.country().name();
		String fingerprint = report.inputFingerprint() == null ? Display.ABSENT : report.inputFingerprint();
		String generatedOn = words.date(report.generatedOn());
		Map<String, Object> p = new HashMap<>();
		p.put("Kicker", words.text("scorecard.title").toUpperCase(words.locale()) + "  \u00b7  " + year);
		p.put("Synthetic", report.synthetic());
		p.put("SyntheticBanner", words.text("synthetic.banner"));
		p.put("Country", country);
		p.put("Subtitle", words.text("scorecard.subtitle", report.country().region(), year));
		p.put("Year", year);
		p.put("RunningHeader", words.text("scorecard.running_header", words.text("scorecard.title"), year, country));
		p.put("Rated", score.rated());
		if (score.rated()) {
			boolean low = score.status() == CountryStatus.LOW_COVERAGE;
			p.put("Score", words.score(score.overall()) + (low ? PillarContent.LOW_COVERAGE_MARK : ""));
			p.put("BandLetter", score.band());
			p.put("BandLabel", MethodologyNote.bandLabel(words, m, score.band()));
			p.put("Rank", rank());
			p.put("RankNote", rankNote());
		}
		else {
			p.put("StatusTitle", words.text(score.status() == CountryStatus.BLOCKED ? "headline.not_scored"
					: "headline.not_rated"));
			p.put("StatusReason", UnratedReason.of(words, score));
		}
		p.put("Cap", headlineNotes(score, m));
		p.put("Trend", trend());
		p.put("PreviousYear", Integer.toString(previousYear()));
		p.put("TwoYearsBefore", Integer.toString(report.year() - 2));
		p.put("RegionalOverall", words.text("headline.regional_average", words.score(regionalOverall())));
		List<ChartBar> chart = pillars.chart();
		p.put("PillarChart", chart);
		p.put("PillarChartAlt", ChartAlt.describe(words, words.text("chart.pillars", country, year), chart));
		p.put("HasPillarChart", chart.stream().anyMatch(bar -> bar.value() != null));
		p.put("PillarOverview", pillars.overview());
		p.put("FlagLegend", flagLegend(m) + " " + fullRationale(m));
		List<KeyFigure> figures = KeyFigureCharts.of(words, report.keyFigures(), report.score(),
				report.suppressionThreshold());
		p.put("KeyFigures", figures);
		p.put("HasKeyFigures", figures.stream().anyMatch(KeyFigure::reported));
		p.put("KeyFiguresHeading", words.text("heading.key_figures", year));
		p.put("NoKeyFigures", words.text("keyfigure.none", year));
		p.put("SuppressionNote", KeyFigureCharts.suppressionNote(words, report.suppressionThreshold()));
		p.put("Coverage", pillars.coverage());
		DataQualityContent quality = new DataQualityContent(report, words);
		p.put("ValidationSummary", quality.summary());
		p.put("Intake", quality.intake());
		p.put("ScoringNote", MethodologyNote.scoring(words, m) + adjudications());
		p.put("GovernmentComments", report.governmentComments());
		p.put("CommentsHeading", words.text("heading.comments", country));
		p.put("Errata", errata());
		p.put("TreatyNote", MethodologyNote.treaties(words, m));
		p.put("Provenance", words.text("about.provenance", m.version(), m.checksum(), fingerprint, generatedOn));
		p.put("FooterMethodology", words.text("footer.methodology", m.version(), m.checksum()));
		p.put("FooterFingerprint", words.text("footer.fingerprint", fingerprint));
		p.put("FooterGenerated", words.text("footer.generated", country, year, generatedOn));
		return p;
	}

	/** One line per correction of the country published after the cycle; {@code null} when it was never corrected. */
	private String errata() {
		return report.errata().isEmpty() ? null
				: String.join("\n", report.errata().stream().map(this::erratum).toList());
	}

	/** A correction in one sentence; the reason is the secretariat's own text, as written. */
	private String erratum(Erratum erratum) {
		return words.text("erratum", words.date(erratum.on()), erratum.version(), erratum.reason());
	}

	/**
	 * Every analyst's adjudication that scoring used in place of a submitted value: the finding's message, which
	 * carries the analyst's own reason and source.
	 */
	private String adjudications() {
		List<String> applied = report.findings().stream()
			.filter(f -> f.rule().equals("adjudication.applied"))
			.map(f -> catalogue.message(f, words.language()))
			.toList();
		return applied.isEmpty() ? "" : " " + words.text("note.adjudications", words.groups(applied));
	}

	private String rank() {
		Standing standing = report.standing();
		if (standing == null || standing.rank() == null) {
			return words.text("headline.rank_none", Display.ABSENT);
		}
		String rank = words.text("headline.rank", words.whole(standing.rank()), words.whole(standing.ratedCount()));
		return standing.interval() == null ? rank
				: words.text("headline.rank_likely", rank, Display.likely(standing.interval()));
	}

	/** What the interval beside the rank means, in one sentence; {@code null} without one. */
	private String rankNote() {
		Standing standing = report.standing();
		if (standing == null || standing.interval() == null) {
			return null;
		}
		return words.text("headline.rank_note", Display.likely(standing.interval()), report.year());
	}

	/**
	 * What the headline box must say beside the score: the binding cap and any cap triggered without binding,
	 * the critical indicators not reported, and why a rating is marked low coverage. {@code null} when none.
	 */
	private String headlineNotes(CountryScore score, Methodology m) {
		List<String> notes = new ArrayList<>();
		if (score.rated()) {
			String caps = MethodologyNote.capStatements(words, score, m);
			if (!caps.isEmpty()) {
				notes.add(caps);
			}
		}
		List<String> critical = m.indicators().stream()
			.filter(Indicator::critical)
			.filter(i -> score.indicator(i.code()).map(r -> r.status() == IndicatorStatus.NOT_REPORTED).orElse(false))
			.map(i -> i.code() + " " + words.terms().indicator(i))
			.toList();
		if (!critical.isEmpty()) {
			notes.add(words.text("headline.critical_not_reported", words.groups(critical)));
		}
		if (score.status() == CountryStatus.LOW_COVERAGE) {
			List<String> low = score.pillars().stream().filter(PillarResult::lowCoverage)
				.map(r -> words.text("headline.low_coverage_pillar",
						words.terms().pillar(m.pillars().stream().filter(x -> x.pillar().equals(r.pillar())).findFirst()
							.orElseThrow()),
						words.percent(r.coverage())))
				.toList();
			notes.add(PillarContent.LOW_COVERAGE_MARK + " " + words.text("headline.low_coverage",
					words.percent(m.coverageThreshold()), words.list(low),
					m.notReportedScore() == null ? words.text("headline.nothing") : words.plain(m.notReportedScore())));
		}
		return notes.isEmpty() ? null : String.join("\n", notes);
	}

	private String trend() {
		Standing standing = report.standing();
		CountryScore previous = report.previous();
		int previousYear = previousYear();
		if (standing != null && standing.overallTrend() != null) {
			return words.text("headline.trend", words.trend(standing.overallTrend()), previousYear,
					pillars.overall(previous));
		}
		if (previous == null) {
			return words.text("headline.no_trend_previous", previousYear);
		}
		return words.text("headline.no_trend_unrated", previousYear, report.year());
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
		return words.text("legend.rationale", report.country().iso3() + "-" + report.year() + "-annex.xlsx",
				m.version(),
				m.checksum() == null ? Display.ABSENT : m.checksum().substring(0, Math.min(12, m.checksum().length())));
	}

	/** Styled text (JasperReports' {@code <b>} markup); holds no user text, so nothing needs escaping. */
	private String flagLegend(Methodology m) {
		String notReported = m.notReportedScore() == null ? words.text("legend.not_reported.left_out")
				: words.text("legend.not_reported.scores", words.plain(m.notReportedScore()));
		return words.text("legend.flags", m.version(), notReported, Display.ABSENT);
	}
}
