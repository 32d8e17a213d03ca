package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.KeyFigures;
import org.scorecards.intake.SourceFile;
import org.scorecards.language.Language;
import org.scorecards.methodology.Band;
import org.scorecards.methodology.Cap;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Measure;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;
import org.scorecards.methodology.Source;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.scoring.PillarResult;
import org.scorecards.scoring.Standing;
import org.scorecards.scoring.Trend;
import org.scorecards.spreadsheet.NewWorkbook;
import org.scorecards.validation.Finding;

/**
 * The Excel annex of a country's scorecard ({@code <ISO3>-<year>-annex.xlsx}): every number of the
 * scorecard with the inputs and rules behind it, so that a reader can re-compute any score.
 */
public final class AnnexWorkbook {

	/** The annex and the workbooks are in English for now: the PDFs alone are published in every language. */
	private static final Formats ENGLISH = Formats.of(Language.EN);

	static final List<String> FINDING_HEADERS = List.of("Severity", "File", "Location", "Rule", "Value seen",
			"Message");

	public void write(CountryReport report, OutputStream out) throws IOException {
		XSSFWorkbook workbook = NewWorkbook.create();
		WorkbookStyle style = new WorkbookStyle(workbook, report.synthetic());
		summary(style, report);
		indicators(style, report);
		pillars(style, report);
		improve(style, report);
		breakdowns(style, report);
		publicFindings(style, report.findings());
		sources(style, report.sources());
		methodology(style, report.methodology());
		WorkbookStyle.setCreated(workbook, report.generatedOn(),
				report.country().iso3() + " " + report.year() + " scorecard annex");
		WorkbookStyle.write(workbook, out);
	}

	private static void summary(WorkbookStyle style, CountryReport report) {
		CountryScore score = report.score();
		Standing standing = report.standing();
		Methodology methodology = report.methodology();
		var table = style.table("Summary", List.of("Item", "Value"), 28, 70);
		table.row().label("Country").input(report.country().name());
		table.row().label("ISO3").input(report.country().iso3());
		table.row().label("Region").input(report.country().region());
		table.row().label("Reporting year").general(BigDecimal.valueOf(report.year()));
		table.row().label("Status").label(label(score.status()) + (score.status() == CountryStatus.LOW_COVERAGE
				? " " + PillarContent.LOW_COVERAGE_MARK + " (a pillar below " + ENGLISH.percent(methodology.coverageThreshold())
						+ " coverage: rated, resting on incomplete data)" : ""));
		table.row().label("Overall score").score(score.overall());
		var band = table.row().label("Band").label(score.band());
		style.bandColours(table.sheet, cellRange(band.row.getRowNum(), 1), methodology.bands());
		table.row().label("Band label").label(score.band() == null ? null : methodology.band(score.band()).label());
		Cap cap = score.cap();
		table.row().label("Band before cap").label(cap == null ? null : score.bandBeforeCap());
		table.row().label("Cap").label(cap == null ? "none" : "at most " + cap.maxBand() + " (" + cap.indicator() + ")");
		table.row().label("Cap reason").label(cap == null ? null : cap.reason());
		table.row().label("Caps triggered").label(score.triggeredCaps().isEmpty() ? "none"
				: MethodologyNote.capStatements(ENGLISH, score, methodology).replace('\n', ' '));
		table.row().label("Reason not rated").input(score.reason());
		table.row().label("Rank").count(standing == null || standing.rank() == null ? null : (long) standing.rank());
		table.row().label("Rated countries (N)").count(standing == null ? null : (long) standing.ratedCount());
		Trend trend = standing == null ? null : standing.overallTrend();
		table.row().label("Trend").label(trend == null ? null : trend.direction());
		table.row().label("Change since previous year").score(trend == null ? null : trend.change());
		table.row().label("Previous year overall score")
			.score(report.previous() == null ? null : report.previous().overall());
		table.row().label("Previous year band")
			.label(report.previous() == null ? null : report.previous().band());
		table.row().label("Overall score the year before last")
			.score(report.twoYearsBefore() == null ? null : report.twoYearsBefore().overall());
		table.row().label("Methodology version").label(methodology.version());
		table.row().label("Methodology checksum (SHA-256)").label(methodology.checksum());
		table.row().label("Input fingerprint (SHA-256)").label(report.inputFingerprint());
		table.row().label("Generated on").date(report.generatedOn());
		table.finish();
	}

	private static void indicators(WorkbookStyle style, CountryReport report) {
		Methodology methodology = report.methodology();
		var table = style.table("Indicators",
				List.of("Code", "Pillar", "Indicator", "Unit", "Source", "Treaty", "Answer", "Numerator",
						"Denominator", "Value", "Worst", "Best", "Min base", "Score", "Weight",
						"Contribution (points)", "Status", "Warning", "Previous score", "Rationale"),
				8, 13, 45, 15, 17, 18, 9, 13, 13, 11, 8, 8, 8, 8, 8, 13, 17, 9, 10, 70);
		for (Indicator indicator : methodology.indicators()) {
			IndicatorResult result = report.score().indicator(indicator.code()).orElse(null);
			var row = table.row()
				.label(indicator.code())
				.label(pillarLabel(methodology, indicator.pillar()))
				.label(indicator.label())
				.label(indicator.unit())
				.label(indicator.source().fileName())
				.label(indicator.treaty());
			if (result == null) {
				row.skip().skip().skip().skip();
			}
			else if (Suppression.withholdsInputs(indicator, result, report.suppressionThreshold())) {
				row.label(result.answer()).label(Suppression.SECONDARY).label(Suppression.SECONDARY);
				row.value(Suppression.withholdsValue(indicator, result) ? null : result.value());
			}
			else {
				// Numerators of rates are published as they are: the exact score and the public population give
				// them anyway (PT.1 x population / 100,000 is the number of victims); the tables are protected
				// against them instead.
				row.label(result.answer()).figure(result.numerator()).figure(result.denominator()).value(result.value());
			}
			row.general(indicator.worst()).general(indicator.best()).general(indicator.minBase());
			row.score(result == null ? null : result.score())
				.general(result == null ? indicator.weight() : result.weight())
				.score(result == null ? null : result.contribution())
				.label(result == null ? "not scored" : result.status().label())
				.label(result != null && result.warning() ? "yes" : "no")
				.score(previousScore(report.previous(), indicator.code()))
				.label(indicator.rationale());
		}
		table.finish();
	}


	private static BigDecimal previousScore(CountryScore previous, String code) {
		return previous == null ? null : previous.indicator(code).map(IndicatorResult::score).orElse(null);
	}

	private static void pillars(WorkbookStyle style, CountryReport report) {
		Standing standing = report.standing();
		Map<String, String> narrative = report.narrative() == null ? Map.of() : report.narrative();
		var table = style.table("Pillars", List.of("Pillar", "Score", "Coverage", "Status", "Regional average",
				"Trend", "Change", "Narrative (focal point)"), 14, 8, 10, 18, 10, 9, 9, 90);
		for (Pillar pillar : report.methodology().pillars()) {
			PillarResult result = report.score().pillar(pillar.pillar()).orElse(null);
			Trend trend = standing == null ? null : standing.pillarTrends().get(pillar.pillar());
			table.row()
				.label(pillar.label())
				.score(result == null ? null : result.score())
				.share(result == null ? null : result.coverage())
				.label(result == null ? "not scored" : result.status().label())
				.score(standing == null ? null : standing.regionalAverages().get(pillar.pillar()))
				.label(trend == null ? null : trend.direction())
				.score(trend == null ? null : trend.change())
				.inputWrapped(narrative.get(pillar.pillar()));
		}
		Trend overall = standing == null ? null : standing.overallTrend();
		table.row()
			.label("Overall")
			.score(report.score().overall())
			.skip()
			.label(label(report.score().status()))
			.score(standing == null ? null : standing.regionalAverages().get(Standing.OVERALL))
			.label(overall == null ? null : overall.direction())
			.score(overall == null ? null : overall.change());
		table.finish();
	}

	/** Per indicator, what closing its gap to the best bound alone would add: see {@link Improvement}. */
	private static void improve(WorkbookStyle style, CountryReport report) {
		var table = style.table("How to improve", List.of("Code", "Indicator", "Gap to the best bound",
				"Indicator points", "Overall points", "Overall after", "Band after", "Rating change"), 8, 44, 40, 10, 10,
				10, 8, 26);
		for (Improvement row : Improvement.of(report.score(), report.methodology())) {
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
		table.lineBelow(1).label("Each line closes one gap alone, everything else as reported; points are the "
				+ "official figures (four decimals). Counts behind rates use the year's population.");
	}

	/** The same tables as the scorecard and breakdowns.csv ({@link Suppression}), then the funding. */
	private static void breakdowns(WorkbookStyle style, CountryReport report) {
		KeyFigures figures = Objects.requireNonNullElse(report.keyFigures(), KeyFigures.empty());
		int threshold = report.suppressionThreshold();
		var table = style.table("Breakdowns", List.of("Table", "Category", "Value"), 32, 22, 14);
		for (CountTable counts : Suppression.tables(figures, report.score(), threshold)) {
			for (CountTable.Cell cell : counts.cells()) {
				var row = table.row().label(counts.title()).input(cell.category());
				if (cell.exact()) {
					row.count(cell.count());
				}
				else {
					row.marker(cell.shown(threshold));
				}
			}
		}
		figures.fundingUsdByPillar()
			.forEach((pillar, usd) -> table.row().label("Funding by pillar (USD)").input(pillar).amount(usd));
		figures.fundingUsdBySource()
			.forEach((source, usd) -> table.row().label("Funding by source (USD)").input(source).amount(usd));
		table.finish();
		table.lineBelow(1).label(Suppression.legend(threshold));
	}

	static final List<String> PUBLIC_FINDING_HEADERS = List.of("Severity", "File", "Rule", "Findings", "Locations");

	/** Locations listed per rule before the rest are only counted. */
	static final int LOCATIONS_LISTED = 20;

	/**
	 * The annex's findings: per severity, file and rule, how many and where, never the value seen nor the
	 * message (which quotes it). A value that failed validation may be anything the focal point typed, a
	 * victim's reference in the wrong column included; the values go to the focal point's private validation
	 * workbook only.
	 */
	static void publicFindings(WorkbookStyle style, List<Finding> findings) {
		var table = style.table("Findings", PUBLIC_FINDING_HEADERS, 10, 18, 26, 10, 90);
		Map<List<String>, List<String>> groups = new java.util.LinkedHashMap<>();
		for (Finding finding : findings.stream().sorted(Finding.REPORT_ORDER).toList()) {
			groups.computeIfAbsent(List.of(finding.severity().label(), finding.file(), finding.rule()),
					k -> new java.util.ArrayList<>()).add(finding.location());
		}
		groups.forEach((key, locations) -> {
			List<String> listed = locations.stream().filter(l -> l != null && !l.isEmpty()).distinct().toList();
			String where = String.join(", ", listed.subList(0, Math.min(listed.size(), LOCATIONS_LISTED)))
					+ (listed.size() > LOCATIONS_LISTED ? " and " + (listed.size() - LOCATIONS_LISTED) + " more" : "");
			table.row().label(key.get(0)).input(key.get(1)).input(key.get(2)).count((long) locations.size())
				.inputWrapped(where);
		});
		table.finish();
		table.lineBelow(1).label(findings.isEmpty() ? "No findings."
				: "Values seen and messages go to the focal point only, in the validation workbook: a value that "
						+ "failed validation may be anything that was typed, and is never published.");
	}

	/** Findings in report order: errors first, then by file and position. The validation workbook's, with values. */
	static SheetTable findings(WorkbookStyle style, List<Finding> findings, String sheetName) {
		var table = style.table(sheetName, FINDING_HEADERS, 10, 18, 16, 24, 24, 90);
		for (Finding finding : findings.stream().sorted(Finding.REPORT_ORDER).toList()) {
			table.row()
				.label(finding.severity().label())
				.input(finding.file())
				.input(finding.location())
				.input(finding.rule())
				.input(finding.value())
				.inputWrapped(finding.message());
		}
		table.finish();
		if (findings.isEmpty()) {
			table.lineBelow(1).label("No findings.");
		}
		return table;
	}

	private static void sources(WorkbookStyle style, List<SourceFile> sources) {
		// No record counts: accepted defendants would be the total of the table by stage, an extra sum that
		// can narrow a count shown as "<5"; the focal point finds them in the validation workbook.
		var table = style.table("Sources", List.of("File", "SHA-256"), 20, 68);
		sources.forEach(source -> table.row().input(source.file()).label(source.sha256()));
		table.finish();
	}

	/**
	 * Version and checksum head the sheet and stay frozen, so the definitions below always show which
	 * methodology they belong to; bands, caps, pillars, parameters and treaties follow as small blocks, and
	 * the filter is on the definitions, the sheet's one long table (a sheet has a single auto filter).
	 */
	private static void methodology(WorkbookStyle style, Methodology methodology) {
		var table = style.table("Methodology", List.of("Methodology version", methodology.version()), 20, 14, 42,
				16, 16, 8, 8, 8, 8, 8, 18, 70);
		table.row().label("Checksum (SHA-256)").label(methodology.checksum());
		int frozen = table.lastRow();
		var bandHeader = table.lineBelow(1);
		header(style, bandHeader, "Band", "Minimum score", "Label");
		int firstBand = table.lastRow() + 1;
		for (Band band : methodology.bands()) {
			table.row().label(band.band()).general(band.min()).label(band.label());
		}
		style.bandColours(table.sheet, new CellRangeAddress(firstBand, table.lastRow(), 0, 0), methodology.bands());
		header(style, table.lineBelow(1), "Cap on", "When answered", "Maximum band", "Reason");
		for (Cap cap : methodology.caps()) {
			table.row().label(cap.indicator()).label(cap.when()).label(cap.maxBand()).label(cap.reason());
		}
		header(style, table.lineBelow(1), "Pillar", "Label", "Weight");
		for (Pillar pillar : methodology.pillars()) {
			table.row().label(pillar.pillar()).label(pillar.label()).share(pillar.weight());
		}
		header(style, table.lineBelow(1), "Rule", "Value");
		table.row().label("Effective from").general(BigDecimal.valueOf(methodology.effectiveFrom()));
		table.row().label("Coverage threshold").share(methodology.coverageThreshold());
		table.row().label("Trend threshold (points)").general(methodology.trendThreshold());
		methodology.answerScores()
			.forEach((answer, points) -> table.row().label("Answer " + answer).general(points));
		header(style, table.lineBelow(1), "Treaty", "Full title");
		methodology.treaties().forEach((treaty, title) -> table.row().label(treaty).label(title));
		var definitions = table.lineBelow(1);
		header(style, definitions, "Code", "Pillar", "Indicator", "Measure", "Source", "Worst", "Best", "Min base",
				"Weight", "Critical", "Treaty", "Rationale");
		int definitionsHeader = definitions.row.getRowNum();
		for (Indicator indicator : methodology.indicators()) {
			table.row()
				.label(indicator.code())
				.label(pillarLabel(methodology, indicator.pillar()))
				.label(indicator.label())
				.label(indicator.measure().name().toLowerCase())
				.label(indicator.source().fileName())
				.general(indicator.worst())
				.general(indicator.best())
				.general(indicator.minBase())
				.general(indicator.weight())
				.label(indicator.critical() ? "yes" : "no")
				.label(indicator.treaty())
				.label(indicator.rationale());
		}
		table.sheet.createFreezePane(0, frozen + 1);
		table.sheet.setAutoFilter(new CellRangeAddress(definitionsHeader, table.lastRow(), 0, 11));
	}

	private static void header(WorkbookStyle style, SheetTable.Cells row, String... names) {
		for (String name : names) {
			row.label(name);
			row.last().setCellStyle(style.header);
		}
	}

	static String pillarLabel(Methodology methodology, String pillar) {
		return methodology.pillars()
			.stream()
			.filter(p -> p.pillar().equals(pillar))
			.map(Pillar::label)
			.findFirst()
			.orElse(pillar);
	}

	static String label(Enum<?> status) {
		return status.name().toLowerCase().replace('_', ' ');
	}

	private static CellRangeAddress cellRange(int row, int column) {
		return new CellRangeAddress(row, row, column, column);
	}
}
