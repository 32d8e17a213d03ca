package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scorecards.language.Language;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Robustness;
import org.scorecards.scoring.IndicatorAudit;
import org.scorecards.scoring.RankInterval;
import org.scorecards.scoring.RobustnessResult;
import org.scorecards.scoring.SensitivityIndex;

/**
 * The cycle's robustness workbook ({@code <year>-robustness.xlsx}): a reading guide, the rank intervals (as
 * the CSV), the Sobol' indices per assumption, and the indicator audit with its correlations and Cronbach's
 * alpha. Statistics are doubles of the analysis, written rounded to four decimals so the bytes never depend
 * on the last bit of a draw's arithmetic beyond what the seed fixes.
 */
public final class RobustnessWorkbook {

	public void write(CycleReport cycle, RobustnessResult robustness, OutputStream out) throws IOException {
		write(cycle, robustness, Language.EN, out);
	}

	/** The robustness workbook in {@code language}: one file per language of the cycle, as the summary. */
	public void write(CycleReport cycle, RobustnessResult robustness, Language language, OutputStream out)
			throws IOException {
		SXSSFWorkbook workbook = WorkbookStyle.streaming();
		WorkbookStyle style = new WorkbookStyle(workbook, cycle.synthetic(), language);
		Map<String, CountryReport> byIso3 = cycle.countries().stream()
			.collect(Collectors.toMap(c -> c.country().iso3(), Function.identity()));
		guide(style, cycle, robustness);
		intervals(style, robustness, byIso3);
		sensitivity(style, robustness, byIso3);
		audit(style, cycle.methodology(), robustness.audit());
		correlations(style, robustness.audit());
		alphas(style, cycle, robustness.audit());
		style.setCreated(cycle.generatedOn(), style.text("title.robustness", cycle.year()));
		style.write(out);
	}

	private static void guide(WorkbookStyle style, CycleReport cycle, RobustnessResult robustness) {
		Robustness settings = cycle.methodology().robustness();
		var table = style.table(style.text("sheet.guide"), AnnexWorkbook.headers(style, "robust.sheet", "robust.what"),
				22, 110);
		table.row().label(style.text("robust.guide.analysis")).inputWrapped(style.text("robust.guide.analysis.text",
				robustness.draws(), robustness.seed(),
				plain(style, settings.weightConcentration()), AnnexWorkbook.percent(style, settings.boundShift()),
				cycle.methodology().version()));
		table.row().label(style.text("sheet.intervals")).inputWrapped(style.text("robust.guide.intervals",
				cycle.year()));
		table.row().label(style.text("sheet.sensitivity")).inputWrapped(style.text("robust.guide.sensitivity"));
		table.row().label(style.text("sheet.audit")).inputWrapped(style.text("robust.guide.audit",
				(int) IndicatorAudit.SKEW_LIMIT, plain(style, BigDecimal.valueOf(IndicatorAudit.KURTOSIS_LIMIT))));
		table.row().label(style.text("sheet.correlations")).inputWrapped(style.text("robust.guide.correlations",
				plain(style, BigDecimal.valueOf(IndicatorAudit.HIGH_CORRELATION))));
		table.row().label(style.text("sheet.alpha")).inputWrapped(style.text("robust.guide.alpha",
				plain(style, new BigDecimal("0.7"))));
		table.finish();
	}

	private static String plain(WorkbookStyle style, BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', style.words.decimalSeparator());
	}

	private static void intervals(WorkbookStyle style, RobustnessResult robustness, Map<String, CountryReport> byIso3) {
		var table = style.table(style.text("sheet.intervals"), AnnexWorkbook.headers(style, "summary.rank",
				"robust.likely", "column.iso3", "summary.country", "robust.median_rank", "robust.rank_p05",
				"robust.rank_p95", "robust.width", "robust.score_p05", "robust.score_p95", "overall"), 7, 9, 7, 30, 9, 9,
				9, 7, 10, 10, 10);
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
		var table = style.table(style.text("sheet.sensitivity"), AnnexWorkbook.headers(style, "robust.output",
				"summary.country", "robust.assumption", "robust.first_order", "robust.total"), 18, 30, 18, 11, 11);
		for (SensitivityIndex index : robustness.sensitivity()) {
			CountryReport country = byIso3.get(index.output());
			table.row()
				.input(SensitivityIndex.MEAN_RANK_SHIFT.equals(index.output()) ? style.text("robust.mean_rank_shift")
						: index.output())
				.input(country == null ? style.text("robust.the_cycle") : country.country().name())
				.label(assumption(style, index.assumption()))
				.value(fourDecimals(index.first()))
				.value(fourDecimals(index.total()));
		}
		table.finish();
	}

	private static void audit(WorkbookStyle style, Methodology methodology, IndicatorAudit audit) {
		var table = style.table(style.text("sheet.audit"), AnnexWorkbook.headers(style, "column.indicator",
				"column.pillar", "robust.reporting", "robust.at_worst", "robust.at_best", "robust.skewness",
				"robust.kurtosis", "robust.flag", "robust.nominal_weight", "robust.effective_weight"), 10, 13, 11, 10,
				10, 10, 10, 22, 10, 10);
		for (IndicatorAudit.Row row : audit.indicators()) {
			table.row()
				.label(row.code())
				.label(AnnexWorkbook.pillarLabel(style, methodology, row.pillar()))
				.count((long) row.reporting())
				.share(fourDecimals(row.atWorst()))
				.share(fourDecimals(row.atBest()))
				.value(fourDecimals(row.skew()))
				.value(fourDecimals(row.kurtosis()))
				.label(row.flagged() ? style.text("robust.skewed") : null)
				.share(fourDecimals(row.nominalWeight()))
				.share(fourDecimals(row.effectiveWeight()));
		}
		table.finish();
	}

	private static void correlations(WorkbookStyle style, IndicatorAudit audit) {
		var table = style.table(style.text("sheet.correlations"), AnnexWorkbook.headers(style, "column.indicator",
				"column.indicator", "robust.pearson", "robust.why_listed"), 10, 10, 10, 40);
		for (IndicatorAudit.Correlation pair : audit.correlations()) {
			table.row()
				.label(pair.first())
				.label(pair.second())
				.value(fourDecimals(pair.pearson()))
				.label(pair.pearson() > IndicatorAudit.HIGH_CORRELATION
						? style.text("robust.over", style.words.decimal(BigDecimal.valueOf(IndicatorAudit.HIGH_CORRELATION), 1))
						: style.text("robust.negative"));
		}
		table.finish();
	}

	private static void alphas(WorkbookStyle style, CycleReport cycle, IndicatorAudit audit) {
		var table = style.table(style.text("sheet.alpha"), AnnexWorkbook.headers(style, "column.pillar",
				"robust.indicators", "summary.countries", "robust.alpha"), 16, 10, 10, 10);
		for (IndicatorAudit.PillarAlpha pillar : audit.pillars()) {
			String label = AnnexWorkbook.pillarLabel(style, cycle.methodology(), pillar.pillar());
			table.row()
				.label(label)
				.count((long) pillar.indicators())
				.count((long) pillar.countries())
				.value(fourDecimals(pillar.alpha()));
		}
		table.finish();
	}

	/** "pillar weights", "indicator weights", "bounds", "aggregation" in the workbook's language. */
	private static String assumption(WorkbookStyle style, String assumption) {
		String key = "robust.assumption." + assumption.replace(' ', '_');
		return style.words.has(key) ? style.text(key) : assumption;
	}

	private static BigDecimal fourDecimals(Double value) {
		return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
	}
}
