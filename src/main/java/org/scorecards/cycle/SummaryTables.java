package org.scorecards.cycle;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.scorecards.intake.IntakeCount;
import org.scorecards.intake.KeyFigures;
import org.scorecards.rendering.CountTable;
import org.scorecards.rendering.Suppression;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.CycleReport;
import org.scorecards.rendering.Display;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.scoring.PillarResult;
import org.scorecards.scoring.RankInterval;
import org.scorecards.scoring.RobustnessResult;
import org.scorecards.scoring.Standing;
import org.scorecards.scoring.Trend;
import org.scorecards.spreadsheet.CellText;
import org.scorecards.validation.Finding;

/** The machine-readable tables of a cycle: scores, robustness, findings and intake, one tidy row each. */
final class SummaryTables {

	static final String[] SCORES_HEADER = { "iso3", "year", "level", "code", "value", "score", "coverage", "rating",
			"trend", "rank", "status", "band_before_cap", "cap" };

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

	private SummaryTables() {
	}

	static void scores(CycleReport cycle, OutputStream out) throws IOException {
		try (DefusedPrinter csv = printer(out, SCORES_HEADER)) {
			for (CountryReport report : byIso3(cycle)) {
				CountryScore score = report.score();
				Standing standing = report.standing();
				String iso3 = report.country().iso3();
				for (IndicatorResult indicator : score.indicators()) {
					String value = indicator.answer() != null ? indicator.answer()
							: withheld(cycle, indicator) ? "" : decimal(indicator.value());
					csv.printRecord(iso3, cycle.year(), "indicator", indicator.code(), value, decimal(indicator.score()),
							"", "", "", "", indicator.status().code(), "", "");
				}
				for (PillarResult pillar : score.pillars()) {
					csv.printRecord(iso3, cycle.year(), "pillar", pillar.pillar(), "", decimal(pillar.score()),
							decimal(pillar.coverage()), "", trend(standing.pillarTrends().get(pillar.pillar())), "",
							pillar.status().code(), "", "");
				}
				csv.printRecord(iso3, cycle.year(), "overall", "overall", "", decimal(score.overall()), "",
						score.band() == null ? "" : score.band(), trend(standing.overallTrend()),
						standing.rank() == null ? "" : standing.rank(), score.status().code(),
						score.bandBeforeCap() == null ? "" : score.bandBeforeCap(),
						score.cap() == null ? "" : score.cap().indicator());
			}
		}
	}

	static final String[] ROBUSTNESS_HEADER = { "iso3", "rank", "median_rank", "rank_p05", "rank_p95", "score_p05",
			"score_p95" };

	/** One row per rated country, by rank then ISO3: where its rank and score fell over the draws. */
	static void robustness(RobustnessResult robustness, OutputStream out) throws IOException {
		try (DefusedPrinter csv = printer(out, ROBUSTNESS_HEADER)) {
			for (RankInterval interval : robustness.intervals()) {
				csv.printRecord(interval.iso3(), interval.rank(), interval.medianRank(), interval.rankP05(),
						interval.rankP95(), interval.scoreP05().toPlainString(), interval.scoreP95().toPlainString());
			}
		}
	}

	static void findings(CycleReport cycle, List<Finding> cycleFindings, OutputStream out) throws IOException {
		try (DefusedPrinter csv = printer(out, "iso3", "severity", "file", "location", "rule", "value", "message")) {
			for (Finding f : cycleFindings) {
				print(csv, f);
			}
			for (CountryReport report : byIso3(cycle)) {
				for (Finding f : report.findings()) {
					print(csv, f);
				}
			}
		}
	}

	static void intake(CycleReport cycle, OutputStream out) throws IOException {
		try (DefusedPrinter csv = printer(out, "iso3", "file", "read", "accepted", "rejected")) {
			for (CountryReport report : byIso3(cycle)) {
				for (IntakeCount count : report.intake()) {
					csv.printRecord(count.iso3(), count.file(), count.read(), count.accepted(), count.rejected());
				}
			}
		}
	}

	/** A percentage over a few persons that is not scored tells the counts: withheld (see Suppression). */
	private static boolean withheld(CycleReport cycle, IndicatorResult result) {
		return cycle.methodology().indicators().stream()
			.anyMatch(i -> i.code().equals(result.code()) && Suppression.withholdsValue(i, result));
	}

	/**
	 * {@code breakdowns.csv}: every published breakdown exactly as the scorecard and the annex show it, counts
	 * of persons under disclosure control ({@link Suppression}), funding in whole US dollars.
	 */
	static void breakdowns(CycleReport cycle, OutputStream out) throws IOException {
		try (DefusedPrinter csv = printer(out, "iso3", "year", "table", "category", "count")) {
			for (CountryReport report : byIso3(cycle)) {
				KeyFigures figures = report.keyFigures() == null ? KeyFigures.empty() : report.keyFigures();
				String iso3 = report.country().iso3();
				int threshold = report.suppressionThreshold();
				for (CountTable table : Suppression.tables(figures, report.score(), threshold)) {
					for (CountTable.Cell cell : table.cells()) {
						csv.printRecord(iso3, cycle.year(), table.key(), cell.category(), cell.shown(threshold));
					}
				}
				for (var funding : java.util.Map.of("funding_usd_by_pillar", figures.fundingUsdByPillar(),
						"funding_usd_by_source", figures.fundingUsdBySource()).entrySet().stream()
					.sorted(java.util.Map.Entry.comparingByKey()).toList()) {
					for (var amount : funding.getValue().entrySet()) {
						csv.printRecord(iso3, cycle.year(), funding.getKey(), amount.getKey(),
								amount.getValue().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString());
					}
				}
			}
		}
	}

	private static void print(DefusedPrinter csv, Finding f) throws IOException {
		csv.printRecord(f.iso3(), f.severity().label(), f.file(), f.location(), f.rule(), f.value(), f.message());
	}

	private static List<CountryReport> byIso3(CycleReport cycle) {
		return cycle.countries().stream().sorted(java.util.Comparator.comparing(r -> r.country().iso3())).toList();
	}

	/**
	 * Every text cell is defused as the workbooks' are ({@link CellText#defused}): a finding echoes what a focal
	 * point typed, and {@code =cmd|' /C calc'!A0} opened in a spreadsheet program would run. Numbers pass as they
	 * are, so a figure stays a number.
	 */
	private static DefusedPrinter printer(OutputStream out, String... header) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		return new DefusedPrinter(new CSVPrinter(writer, FORMAT.builder()
			.setHeader(header)
			.get()));
	}

	/** A CSV printer that defuses every text it prints (Commons CSV's printer is final). */
	private record DefusedPrinter(CSVPrinter csv) implements Closeable {

		void printRecord(Object... values) throws IOException {
			Object[] defused = new Object[values.length];
			for (int i = 0; i < values.length; i++) {
				defused[i] = values[i] instanceof String text ? CellText.defused(text) : values[i];
			}
			csv.printRecord(defused);
		}

		@Override
		public void close() throws IOException {
			csv.close();
		}
	}

	/** Four decimals, rounded half up (a score's official figure); empty when absent. */
	static String decimal(BigDecimal value) {
		return Display.official(value);
	}

	private static String trend(Trend trend) {
		return trend == null ? "" : trend.direction();
	}
}
