package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.language.Language;
import org.scorecards.methodology.Robustness;
import org.scorecards.scoring.IndicatorAudit;
import org.scorecards.scoring.RankInterval;
import org.scorecards.scoring.RobustnessResult;
import org.scorecards.scoring.SensitivityIndex;
import org.scorecards.spreadsheet.NewWorkbook;

/**
 * The cycle's robustness workbook ({@code <year>-robustness.xlsx}): a reading guide, the rank intervals (as
 * the CSV), the Sobol' indices per assumption, and the indicator audit with its correlations and Cronbach's
 * alpha. Statistics are doubles of the analysis, written rounded to four decimals so the bytes never depend
 * on the last bit of a draw's arithmetic beyond what the seed fixes.
 */
public final class RobustnessWorkbook {

	/** The annex and the workbooks are in English for now: the PDFs alone are published in every language. */
	private static final Formats ENGLISH = Formats.of(Language.EN);

	public void write(CycleReport cycle, RobustnessResult robustness, OutputStream out) throws IOException {
		XSSFWorkbook workbook = NewWorkbook.create();
		WorkbookStyle style = new WorkbookStyle(workbook, cycle.synthetic());
		Map<String, CountryReport> byIso3 = cycle.countries().stream()
			.collect(Collectors.toMap(c -> c.country().iso3(), Function.identity()));
		guide(style, cycle, robustness);
		intervals(style, robustness, byIso3);
		sensitivity(style, robustness, byIso3);
		audit(style, robustness.audit());
		correlations(style, robustness.audit());
		alphas(style, cycle, robustness.audit());
		WorkbookStyle.setCreated(workbook, cycle.generatedOn(), cycle.year() + " scorecards robustness");
		WorkbookStyle.write(workbook, out);
	}

	private static void guide(WorkbookStyle style, CycleReport cycle, RobustnessResult robustness) {
		Robustness settings = cycle.methodology().robustness();
		var table = style.table("Reading guide", List.of("Sheet", "What it shows and how to read it"), 22, 110);
		List<List<String>> lines = List.of(
				List.of("The analysis", "How far the ranks depend on the choices behind them (OECD/JRC handbook on "
						+ "composite indicators, step 7). " + robustness.draws() + " Monte Carlo draws from seed "
						+ robustness.seed() + ", each re-scoring every rated country from its computed indicator values "
						+ "with other reasonable choices: pillar weights, and indicator weights within each pillar, drawn "
						+ "from Dirichlet distributions centred on the nominal weights (concentration "
						+ settings.weightConcentration().stripTrailingZeros().toPlainString() + "); each worst and best bound "
						+ "moved by up to " + ENGLISH.percent(settings.boundShift()) + " of its range; pillars "
						+ "aggregated by the arithmetic or the geometric mean. Caps change bands, not ranks, and are "
						+ "left out. Methodology " + cycle.methodology().version() + "."),
				List.of("Rank intervals", "Per rated country: the published rank, the median rank over the draws and "
						+ "the 5th to 95th percentile (\"likely\"): the rank stayed in that range in 90 % of the draws. "
						+ "As the SDG Index cautions, rank differences of 2 or 3 places are not significant; ranks whose "
						+ "intervals overlap should not be read as different. The same columns as "
						+ cycle.year() + "-robustness.csv."),
				List.of("Sensitivity", "Sobol' indices: the share of the variance of each rank (and of the cycle's "
						+ "mean rank shift against the published ranks) due to each assumption. First order: that "
						+ "assumption alone; total: with its interactions. Estimated from Saltelli's design (Saltelli "
						+ "2010 and Jansen estimators); blank where the rank never moves. Near-zero indices can come "
						+ "out slightly negative: estimation noise."),
				List.of("Indicator audit", "Per indicator over the rated countries (handbook steps 4-5): the share of "
						+ "reporting countries at the worst and at the best bound, skewness and excess kurtosis of the "
						+ "values (flagged when |skew| > " + (int) IndicatorAudit.SKEW_LIMIT + " and kurtosis > "
						+ IndicatorAudit.KURTOSIS_LIMIT + ", as JRC does: consider a transformation), and the "
						+ "effective weight (squared correlation with the overall score, normalised) beside the "
						+ "nominal weight: an indicator far below its nominal weight hardly moves the overall score."),
				List.of("Correlations", "Pairs of indicators correlated over " + IndicatorAudit.HIGH_CORRELATION
						+ " (they may measure the same thing twice) and negatively correlated pairs inside a pillar "
						+ "(they pull the pillar apart); Pearson's r over the countries where both count."),
				List.of("Cronbach alpha", "Per pillar, the internal consistency of its indicators over the countries "
						+ "where all of them count; 0.7 or more is the usual bar for a coherent pillar."));
		for (List<String> line : lines) {
			table.row().label(line.get(0)).inputWrapped(line.get(1));
		}
		table.finish();
	}

	private static void intervals(WorkbookStyle style, RobustnessResult robustness, Map<String, CountryReport> byIso3) {
		var table = style.table("Rank intervals", List.of("Rank", "Likely", "ISO3", "Country", "Median rank",
				"Rank p05", "Rank p95", "Width", "Score p05", "Score p95", "Overall"), 7, 9, 7, 30, 9, 9, 9, 7, 10, 10, 10);
		for (RankInterval interval : robustness.intervals()) {
			CountryReport country = byIso3.get(interval.iso3());
			table.row()
				.count((long) interval.rank())
				.label(Display.likely(interval))
				.input(interval.iso3())
				.input(country == null ? null : country.country().name())
				.count((long) interval.medianRank())
				.count((long) interval.rankP05())
				.count((long) interval.rankP95())
				.count((long) interval.width())
				.score(interval.scoreP05())
				.score(interval.scoreP95())
				.score(country == null ? null : country.score().overall());
		}
		table.finish();
	}

	private static void sensitivity(WorkbookStyle style, RobustnessResult robustness, Map<String, CountryReport> byIso3) {
		var table = style.table("Sensitivity", List.of("Output", "Country", "Assumption", "First order", "Total"), 18,
				30, 18, 11, 11);
		for (SensitivityIndex index : robustness.sensitivity()) {
			CountryReport country = byIso3.get(index.output());
			table.row()
				.input(index.output())
				.input(country == null ? "the cycle" : country.country().name())
				.label(index.assumption())
				.value(fourDecimals(index.first()))
				.value(fourDecimals(index.total()));
		}
		table.finish();
	}

	private static void audit(WorkbookStyle style, IndicatorAudit audit) {
		var table = style.table("Indicator audit", List.of("Indicator", "Pillar", "Countries reporting", "At worst bound",
				"At best bound", "Skewness", "Kurtosis", "Flag", "Nominal weight", "Effective weight"), 10, 13, 11, 10, 10,
				10, 10, 22, 10, 10);
		for (IndicatorAudit.Row row : audit.indicators()) {
			table.row()
				.label(row.code())
				.label(row.pillar())
				.count((long) row.reporting())
				.share(fourDecimals(row.atWorst()))
				.share(fourDecimals(row.atBest()))
				.value(fourDecimals(row.skew()))
				.value(fourDecimals(row.kurtosis()))
				.label(row.flagged() ? "skewed: consider a transformation" : null)
				.share(fourDecimals(row.nominalWeight()))
				.share(fourDecimals(row.effectiveWeight()));
		}
		table.finish();
	}

	private static void correlations(WorkbookStyle style, IndicatorAudit audit) {
		var table = style.table("Correlations", List.of("Indicator", "Indicator", "Pearson r", "Why listed"), 10, 10, 10,
				40);
		for (IndicatorAudit.Correlation pair : audit.correlations()) {
			table.row()
				.label(pair.first())
				.label(pair.second())
				.value(fourDecimals(pair.pearson()))
				.label(pair.pearson() > IndicatorAudit.HIGH_CORRELATION ? "over " + IndicatorAudit.HIGH_CORRELATION
						: "negative inside a pillar");
		}
		table.finish();
	}

	private static void alphas(WorkbookStyle style, CycleReport cycle, IndicatorAudit audit) {
		var table = style.table("Cronbach alpha", List.of("Pillar", "Indicators", "Countries", "Alpha"), 16, 10, 10, 10);
		for (IndicatorAudit.PillarAlpha pillar : audit.pillars()) {
			String label = cycle.methodology().pillars().stream().filter(p -> p.pillar().equals(pillar.pillar()))
				.map(p -> p.label()).findFirst().orElse(pillar.pillar());
			table.row()
				.label(label)
				.count((long) pillar.indicators())
				.count((long) pillar.countries())
				.value(fourDecimals(pillar.alpha()));
		}
		table.finish();
	}

	private static BigDecimal fourDecimals(Double value) {
		return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
	}
}
