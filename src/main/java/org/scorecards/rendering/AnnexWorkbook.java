package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scorecards.intake.KeyFigures;
import org.scorecards.intake.SourceFile;
import org.scorecards.methodology.Band;
import org.scorecards.methodology.Cap;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.scoring.IndicatorStatus;
import org.scorecards.scoring.PillarResult;
import org.scorecards.scoring.Standing;
import org.scorecards.scoring.Trend;
import org.scorecards.validation.Finding;

/**
 * The Excel annex of a country's scorecard ({@code <ISO3>-<year>-annex.xlsx}): every number of the
 * scorecard with the inputs and rules behind it, so that a reader can re-compute any score.
 */
public final class AnnexWorkbook {

	/** Header keys of the validation workbook's findings. */
	static final List<String> FINDING_HEADERS = List.of("finding.severity", "finding.file", "finding.location",
			"finding.rule", "finding.value", "finding.message");

	/** The annex in its country's language. */
	public void write(CountryReport report, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = WorkbookStyle.streaming();
		WorkbookStyle style = new WorkbookStyle(workbook, report.synthetic(), report.country().language());
		summary(style, report);
		indicators(style, report);
		pillars(style, report);
		improve(style, report);
		breakdowns(style, report);
		publicFindings(style, report.findings());
		sources(style, report.sources());
		methodology(style, report.methodology());
		style.setCreated(report.generatedOn(),
				style.text("title.annex", report.country().iso3(), report.year()));
		style.write(out);
	}

	private static void summary(WorkbookStyle style, CountryReport report) {
		CountryScore score = report.score();
		Standing standing = report.standing();
		Methodology methodology = report.methodology();
		var table = style.table(style.text("sheet.summary"), headers(style, "summary.item", "summary.value"), 28, 70);
		table.row().label(style.text("summary.country")).input(report.country().name());
		table.row().label("ISO3").input(report.country().iso3());
		table.row().label(style.text("summary.region")).input(report.country().region());
		table.row().label(style.text("summary.year")).general(BigDecimal.valueOf(report.year()));
		table.row().label(style.text("summary.status")).label(status(style, score.status())
				+ (score.status() == CountryStatus.LOW_COVERAGE ? " " + PillarContent.LOW_COVERAGE_MARK + " "
						+ style.text("summary.low_coverage", percent(style, methodology.coverageThreshold())) : ""));
		table.row().label(style.text("summary.overall")).score(score.overall());
		var band = table.row().label(style.text("summary.band")).label(score.band());
		style.bandColours(table.sheet, cellRange(band.row.getRowNum(), 1), methodology.bands());
		table.row().label(style.text("summary.band_label"))
			.label(score.band() == null ? null : style.terms.band(methodology.band(score.band())));
		Cap cap = score.cap();
		table.row().label(style.text("summary.band_before_cap")).label(cap == null ? null : score.bandBeforeCap());
		table.row().label(style.text("summary.cap")).label(cap == null ? style.text("none")
				: style.text("summary.cap_at_most", cap.maxBand(), cap.indicator()));
		table.row().label(style.text("summary.cap_reason")).label(cap == null ? null : style.terms.capReason(cap));
		table.row().label(style.text("summary.caps_triggered")).label(score.triggeredCaps().isEmpty()
				? style.text("none") : capStatements(style, score, methodology));
		table.row().label(style.text("summary.reason_not_rated")).input(score.reason());
		table.row().label(style.text("summary.rank"))
			.count(standing == null || standing.rank() == null ? null : (long) standing.rank());
		table.row().label(style.text("summary.rated_countries"))
			.count(standing == null ? null : (long) standing.ratedCount());
		Trend trend = standing == null ? null : standing.overallTrend();
		table.row().label(style.text("summary.trend")).label(trend(style, trend));
		table.row().label(style.text("summary.change")).score(trend == null ? null : trend.change());
		table.row().label(style.text("summary.previous_overall"))
			.score(report.previous() == null ? null : report.previous().overall());
		table.row().label(style.text("summary.previous_band"))
			.label(report.previous() == null ? null : report.previous().band());
		table.row().label(style.text("summary.two_years_before"))
			.score(report.twoYearsBefore() == null ? null : report.twoYearsBefore().overall());
		table.row().label(style.text("summary.methodology_version")).label(methodology.version());
		table.row().label(style.text("summary.methodology_checksum")).label(methodology.checksum());
		table.row().label(style.text("summary.input_fingerprint")).label(report.inputFingerprint());
		table.row().label(style.text("summary.generated_on")).date(report.generatedOn());
		table.finish();
	}

	private static void indicators(WorkbookStyle style, CountryReport report) {
		Methodology methodology = report.methodology();
		var table = style.table(style.text("sheet.indicators"),
				headers(style, "column.code", "column.pillar", "column.indicator", "column.unit", "column.source",
						"column.treaty", "column.answer", "column.numerator", "column.denominator", "column.value",
						"column.worst", "column.best", "column.min_base", "column.score", "column.weight",
						"column.contribution", "column.status", "column.warning", "column.previous_score",
						"column.rationale"),
				8, 13, 45, 15, 17, 18, 9, 13, 13, 11, 8, 8, 8, 8, 8, 13, 17, 9, 10, 70);
		for (Indicator indicator : methodology.indicators()) {
			IndicatorResult result = report.score().indicator(indicator.code()).orElse(null);
			var row = table.row()
				.label(indicator.code())
				.label(pillarLabel(style, methodology, indicator.pillar()))
				.label(style.terms.indicator(indicator))
				.label(style.terms.unit(indicator.unit()))
				.label(indicator.source().fileName())
				.label(indicator.treaty());
			if (result == null) {
				row.skip().skip().skip().skip();
			}
			else if (Suppression.withholdsInputs(indicator, result, report.suppressionThreshold())) {
				row.label(answer(style, result.answer())).label(Suppression.SECONDARY).label(Suppression.SECONDARY);
				row.value(Suppression.withholdsValue(indicator, result) ? null : result.value());
			}
			else {
				// Numerators of rates are published as they are: the exact score and the public population give
				// them anyway (PT.1 x population / 100,000 is the number of victims); the tables are protected
				// against them instead.
				row.label(answer(style, result.answer()))
					.figure(result.numerator())
					.figure(result.denominator())
					.value(result.value());
			}
			row.general(indicator.worst()).general(indicator.best()).general(indicator.minBase());
			row.score(result == null ? null : result.score())
				.general(result == null ? indicator.weight() : result.weight())
				.score(result == null ? null : result.contribution())
				.label(result == null ? style.text("status.not_scored")
						: style.text("status.indicator." + result.status().code()))
				.label(style.text(result != null && result.warning() ? "yes" : "no"))
				.score(previousScore(report.previous(), indicator.code()))
				.label(style.terms.rationale(indicator));
		}
		table.finish();
	}


	private static BigDecimal previousScore(CountryScore previous, String code) {
		return previous == null ? null : previous.indicator(code).map(IndicatorResult::score).orElse(null);
	}

	private static void pillars(WorkbookStyle style, CountryReport report) {
		Standing standing = report.standing();
		Map<String, String> narrative = report.narrative() == null ? Map.of() : report.narrative();
		var table = style.table(style.text("sheet.pillars"), headers(style, "column.pillar", "column.score",
				"column.coverage", "column.status", "column.regional_average", "column.trend", "column.change",
				"column.narrative"), 14, 8, 10, 18, 10, 9, 9, 90);
		for (Pillar pillar : report.methodology().pillars()) {
			PillarResult result = report.score().pillar(pillar.pillar()).orElse(null);
			Trend trend = standing == null ? null : standing.pillarTrends().get(pillar.pillar());
			table.row()
				.label(style.terms.pillar(pillar))
				.score(result == null ? null : result.score())
				.share(result == null ? null : result.coverage())
				.label(result == null ? style.text("status.not_scored")
						: style.text("status.pillar." + result.status().code()))
				.score(standing == null ? null : standing.regionalAverages().get(pillar.pillar()))
				.label(trend(style, trend))
				.score(trend == null ? null : trend.change())
				.inputWrapped(narrative.get(pillar.pillar()));
		}
		Trend overall = standing == null ? null : standing.overallTrend();
		table.row()
			.label(style.text("overall"))
			.score(report.score().overall())
			.skip()
			.label(status(style, report.score().status()))
			.score(standing == null ? null : standing.regionalAverages().get(Standing.OVERALL))
			.label(trend(style, overall))
			.score(overall == null ? null : overall.change());
		table.finish();
	}

	/** Per indicator, what closing its gap to the best bound alone would add: see {@link Improvement}. */
	private static void improve(WorkbookStyle style, CountryReport report) {
		var table = style.table(style.text("sheet.improve"), headers(style, "column.code", "column.indicator",
				"improve.gap", "improve.indicator_points", "improve.overall_points", "improve.overall_after",
				"improve.band_after", "improve.change"), 8, 44, 40, 10, 10, 10, 8, 26);
		for (Improvement row : Improvement.of(report.score(), report.methodology(), new GapWords(style.words, style.terms))) {
			table.row()
				.label(row.code())
				.label(row.label())
				.label(row.gap())
				.score(row.indicatorPoints())
				.score(row.overallPoints())
				.score(row.overallAfter())
				.label(row.bandAfter())
				.label(row.change());
		}
		table.finish();
		table.lineBelow(1).label(style.text("improve.note"));
	}

	/** The same tables as the scorecard and breakdowns.csv ({@link Suppression}), then the funding. */
	private static void breakdowns(WorkbookStyle style, CountryReport report) {
		KeyFigures figures = Objects.requireNonNullElse(report.keyFigures(), KeyFigures.empty());
		int threshold = report.suppressionThreshold();
		var table = style.table(style.text("sheet.breakdowns"),
				headers(style, "breakdown.table", "breakdown.category", "column.value"), 32, 22, 14);
		for (CountTable counts : Suppression.tables(figures, report.score(), threshold)) {
			for (CountTable.Cell cell : counts.cells()) {
				var row = table.row().label(style.text("breakdown." + counts.key())).input(cell.category());
				if (cell.exact()) {
					row.count(cell.count());
				}
				else {
					row.marker(cell.shown(threshold));
				}
			}
		}
		figures.fundingUsdByPillar()
			.forEach((pillar, usd) -> table.row().label(style.text("breakdown.funding_by_pillar")).input(pillar).amount(usd));
		figures.fundingUsdBySource()
			.forEach((source, usd) -> table.row().label(style.text("breakdown.funding_by_source")).input(source).amount(usd));
		table.finish();
		table.lineBelow(1).label(style.text("breakdown.legend", "<" + threshold, threshold - 1, Suppression.SECONDARY,
				threshold));
	}

	static final List<String> PUBLIC_FINDING_HEADERS = List.of("finding.severity", "finding.file", "finding.rule",
			"finding.count", "finding.locations");

	/** Locations listed per rule before the rest are only counted. */
	static final int LOCATIONS_LISTED = 20;

	/**
	 * The annex's findings: per severity, file and rule, how many and where, never the value seen nor the
	 * message (which quotes it). A value that failed validation may be anything the focal point typed, a
	 * victim's reference in the wrong column included; the values go to the focal point's private validation
	 * workbook only.
	 */
	static void publicFindings(WorkbookStyle style, List<Finding> findings) {
		var table = style.table(style.text("sheet.findings"),
				headers(style, PUBLIC_FINDING_HEADERS.toArray(String[]::new)), 10, 18, 26, 10, 90);
		Map<List<String>, List<String>> groups = new java.util.LinkedHashMap<>();
		for (Finding finding : findings.stream().sorted(Finding.REPORT_ORDER).toList()) {
			groups.computeIfAbsent(List.of(severity(style, finding), finding.file(), finding.rule()),
					k -> new java.util.ArrayList<>()).add(finding.location());
		}
		groups.forEach((key, locations) -> {
			List<String> listed = locations.stream().filter(l -> l != null && !l.isEmpty()).distinct().toList();
			String where = String.join(", ", listed.subList(0, Math.min(listed.size(), LOCATIONS_LISTED)))
					+ (listed.size() > LOCATIONS_LISTED
							? " " + style.text("finding.more_locations", listed.size() - LOCATIONS_LISTED) : "");
			table.row().label(key.get(0)).input(key.get(1)).input(key.get(2)).count((long) locations.size())
				.inputWrapped(where);
		});
		table.finish();
		table.lineBelow(1).label(style.text(findings.isEmpty() ? "finding.none" : "finding.private_note"));
	}

	/** Findings in report order: errors first, then by file and position. The validation workbook's, with values. */
	static SheetTable findings(WorkbookStyle style, List<Finding> findings, String sheetName,
			Function<Finding, String> message) {
		var table = style.table(sheetName, headers(style, FINDING_HEADERS.toArray(String[]::new)), 10, 18, 16, 24,
				24, 90);
		for (Finding finding : findings.stream().sorted(Finding.REPORT_ORDER).toList()) {
			table.row()
				.label(severity(style, finding))
				.input(finding.file())
				.input(finding.location())
				.input(finding.rule())
				.input(finding.value())
				.inputWrapped(message.apply(finding));
		}
		table.finish();
		if (findings.isEmpty()) {
			table.lineBelow(1).label(style.text("finding.none"));
		}
		return table;
	}

	private static void sources(WorkbookStyle style, List<SourceFile> sources) {
		// No record counts: accepted defendants would be the total of the table by stage, an extra sum that
		// can narrow a count shown as "<5"; the focal point finds them in the validation workbook.
		var table = style.table(style.text("sheet.sources"), List.of(style.text("finding.file"), "SHA-256"), 20, 68);
		sources.forEach(source -> table.row().input(source.file()).label(source.sha256()));
		table.finish();
	}

	/**
	 * Version and checksum head the sheet and stay frozen, so the definitions below always show which
	 * methodology they belong to; bands, caps, pillars, parameters and treaties follow as small blocks, and
	 * the filter is on the definitions, the sheet's one long table (a sheet has a single auto filter).
	 */
	private static void methodology(WorkbookStyle style, Methodology methodology) {
		var table = style.table(style.text("sheet.methodology"),
				List.of(style.text("summary.methodology_version"), methodology.version()), 20, 14, 42, 16, 16, 8, 8, 8,
				8, 8, 18, 70);
		table.row().label(style.text("method.checksum")).label(methodology.checksum());
		int frozen = table.lastRow();
		var bandHeader = table.lineBelow(1);
		header(style, bandHeader, "summary.band", "method.minimum_score", "method.label");
		int firstBand = table.lastRow() + 1;
		for (Band band : methodology.bands()) {
			table.row().label(band.band()).general(band.min()).label(style.terms.band(band));
		}
		style.bandColours(table.sheet, new CellRangeAddress(firstBand, table.lastRow(), 0, 0), methodology.bands());
		header(style, table.lineBelow(1), "method.cap_on", "method.when_answered", "method.maximum_band",
				"method.reason");
		for (Cap cap : methodology.caps()) {
			table.row().label(cap.indicator()).label(answer(style, cap.when())).label(cap.maxBand())
				.label(style.terms.capReason(cap));
		}
		header(style, table.lineBelow(1), "column.pillar", "method.label", "column.weight");
		for (Pillar pillar : methodology.pillars()) {
			table.row().label(pillar.pillar()).label(style.terms.pillar(pillar)).share(pillar.weight());
		}
		header(style, table.lineBelow(1), "method.rule", "column.value");
		table.row().label(style.text("method.effective_from")).general(BigDecimal.valueOf(methodology.effectiveFrom()));
		table.row().label(style.text("method.coverage_threshold")).share(methodology.coverageThreshold());
		table.row().label(style.text("method.trend_threshold")).general(methodology.trendThreshold());
		methodology.answerScores()
			.forEach((answer, points) -> table.row().label(style.text("method.answer", answer(style, answer)))
				.general(points));
		header(style, table.lineBelow(1), "column.treaty", "method.full_title");
		methodology.treaties()
			.forEach((treaty, title) -> table.row().label(treaty).label(style.terms.treaty(treaty, title)));
		var definitions = table.lineBelow(1);
		header(style, definitions, "column.code", "column.pillar", "column.indicator", "method.measure",
				"column.source", "column.worst", "column.best", "column.min_base", "column.weight", "method.critical",
				"column.treaty", "column.rationale");
		int definitionsHeader = definitions.row.getRowNum();
		for (Indicator indicator : methodology.indicators()) {
			table.row()
				.label(indicator.code())
				.label(pillarLabel(style, methodology, indicator.pillar()))
				.label(style.terms.indicator(indicator))
				.label(style.text("measure." + indicator.measure().name().toLowerCase(Locale.ROOT)))
				.label(indicator.source().fileName())
				.general(indicator.worst())
				.general(indicator.best())
				.general(indicator.minBase())
				.general(indicator.weight())
				.label(style.text(indicator.critical() ? "yes" : "no"))
				.label(indicator.treaty())
				.label(style.terms.rationale(indicator));
		}
		table.sheet.createFreezePane(0, frozen + 1);
		table.sheet.setAutoFilter(new CellRangeAddress(definitionsHeader, table.lastRow(), 0, 11));
	}

	private static void header(WorkbookStyle style, SheetTable.Cells row, String... keys) {
		for (String key : keys) {
			row.label(style.text(key));
			row.last().setCellStyle(style.header);
		}
	}

	/** Column headers in the workbook's language, from their keys. */
	static List<String> headers(WorkbookStyle style, String... keys) {
		return Arrays.stream(keys).map(key -> style.text(key)).toList();
	}

	static String pillarLabel(WorkbookStyle style, Methodology methodology, String pillar) {
		return methodology.pillars()
			.stream()
			.filter(p -> p.pillar().equals(pillar))
			.map(style.terms::pillar)
			.findFirst()
			.orElse(pillar);
	}

	/** {@code rated}, {@code low coverage}, {@code not rated}, {@code blocked} in the workbook's language. */
	static String status(WorkbookStyle style, CountryStatus status) {
		return style.text("status.country." + status.name().toLowerCase(Locale.ROOT));
	}

	static String severity(WorkbookStyle style, Finding finding) {
		return style.text("severity." + finding.severity().label());
	}

	/** {@code up}, {@code down}, {@code steady} in the workbook's language. */
	static String trend(WorkbookStyle style, Trend trend) {
		return trend == null || trend.direction() == null ? null : style.text("trend." + trend.direction());
	}

	static String answer(WorkbookStyle style, String answer) {
		return answer == null ? null : style.terms.answer(answer);
	}

	/** A share 0-1 as the workbook's language writes a percentage: "60 %" in French. */
	static String percent(WorkbookStyle style, BigDecimal share) {
		return style.words.percent(share.movePointRight(2), 0);
	}

	/** The binding cap, and every cap whose condition holds without lowering the band, on one line. */
	private static String capStatements(WorkbookStyle style, CountryScore score, Methodology methodology) {
		List<String> statements = new java.util.ArrayList<>();
		for (Cap cap : score.triggeredCaps()) {
			boolean absent = score.indicator(cap.indicator())
				.map(i -> i.status() == IndicatorStatus.NOT_REPORTED)
				.orElse(true);
			String why = style.text(absent ? "cap.why_not_reported" : "cap.why_answered", style.terms.capReason(cap),
					cap.indicator(), answer(style, cap.when()));
			statements.add(cap.equals(score.cap())
					? style.text("cap.binding", cap.maxBand(), why, score.bandBeforeCap(),
							style.terms.band(methodology.band(score.bandBeforeCap())))
					: style.text("cap.not_binding", why, cap.maxBand(), score.band()));
		}
		return String.join(" ", statements);
	}

	private static CellRangeAddress cellRange(int row, int column) {
		return new CellRangeAddress(row, row, column, column);
	}
}
