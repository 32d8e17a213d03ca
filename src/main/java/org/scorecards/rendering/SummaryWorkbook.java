package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scorecards.language.Language;
import org.scorecards.methodology.Band;
import org.scorecards.methodology.Pillar;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.PillarResult;
import org.scorecards.scoring.Standing;
import org.scorecards.scoring.Trend;

/** The cycle summary ({@code <year>-summary.xlsx}): ranking, regional averages, bands, countries not rated. */
public final class SummaryWorkbook {

	public void write(CycleReport report, OutputStream out) throws IOException {
		write(report, Language.EN, out);
	}

	/** The summary in {@code language}: one file per language of the cycle. */
	public void write(CycleReport report, Language language, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = WorkbookStyle.streaming();
		WorkbookStyle style = new WorkbookStyle(workbook, report.synthetic(), language);
		ranking(style, report);
		regions(style, report);
		bands(style, report);
		notRated(style, report);
		style.setCreated(report.generatedOn(), style.text("title.summary", report.year()));
		style.write(out);
	}

	/** Rated countries by rank, the others after them; the report's order is kept among equals. */
	private static void ranking(WorkbookStyle style, CycleReport report) {
		List<Pillar> pillars = report.methodology().pillars();
		List<String> headers = new ArrayList<>(AnnexWorkbook.headers(style, "summary.rank", "column.iso3", "summary.country",
				"summary.region", "column.status", "overall", "summary.band", "column.trend", "column.change"));
		pillars.forEach(p -> headers.add(style.terms.pillar(p)));
		headers.add(style.text("column.coverage"));
		var table = style.table(style.text("sheet.ranking"), headers, 7, 7, 30, 22, 11, 9, 7, 9, 9, 12, 12, 12, 12, 10);
		List<CountryReport> ordered = report.countries()
			.stream()
			.sorted(Comparator.comparing(SummaryWorkbook::rank, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		for (CountryReport country : ordered) {
			CountryScore score = country.score();
			Trend trend = country.standing() == null ? null : country.standing().overallTrend();
			var row = table.row()
				.count(rank(country) == null ? null : (long) rank(country))
				.input(country.country().iso3())
				.input(country.country().name())
				.input(country.country().region())
				.label(AnnexWorkbook.status(style, score.status()))
				.score(score.overall())
				.label(score.band())
				.label(AnnexWorkbook.trend(style, trend))
				.score(trend == null ? null : trend.change());
			pillars.forEach(p -> row.score(score.pillar(p.pillar()).map(PillarResult::score).orElse(null)));
			row.share(coverage(score, pillars));
		}
		style.bandColours(table.sheet, new CellRangeAddress(table.headerRow + 1, Math.max(table.lastRow(),
				table.headerRow + 1), 6, 6), report.methodology().bands());
		table.finish();
	}

	private static Integer rank(CountryReport country) {
		Standing standing = country.standing();
		return standing == null ? null : standing.rank();
	}

	/** Share of the whole methodology's weight that was scored: the pillar coverages, weighted as pillars. */
	static BigDecimal coverage(CountryScore score, List<Pillar> pillars) {
		if (score.pillars().isEmpty()) {
			return null;
		}
		BigDecimal covered = BigDecimal.ZERO;
		BigDecimal total = BigDecimal.ZERO;
		for (Pillar pillar : pillars) {
			BigDecimal share = score.pillar(pillar.pillar()).map(PillarResult::coverage).orElse(BigDecimal.ZERO);
			covered = covered.add(pillar.weight().multiply(share));
			total = total.add(pillar.weight());
		}
		return total.signum() == 0 ? null : covered.divide(total, MathContext.DECIMAL64);
	}

	private static void regions(WorkbookStyle style, CycleReport report) {
		List<Pillar> pillars = report.methodology().pillars();
		List<String> headers = new ArrayList<>(AnnexWorkbook.headers(style, "summary.region", "summary.rated"));
		pillars.forEach(p -> headers.add(style.terms.pillar(p)));
		headers.add(style.text("overall"));
		var table = style.table(style.text("sheet.regions"), headers, 26, 10, 12, 12, 12, 12, 10);
		TreeSet<String> regions = new TreeSet<>(report.regionalAverages().keySet());
		report.countries().forEach(c -> regions.add(c.country().region()));
		for (String region : regions) {
			Map<String, BigDecimal> averages = report.regionalAverages().getOrDefault(region, Map.of());
			long rated = report.countries()
				.stream()
				.filter(c -> c.score().rated() && region.equals(c.country().region()))
				.count();
			var row = table.row().input(region).count(rated);
			pillars.forEach(p -> row.score(averages.get(p.pillar())));
			row.score(averages.get(Standing.OVERALL));
		}
		table.finish();
	}

	private static void bands(WorkbookStyle style, CycleReport report) {
		var table = style.table(style.text("sheet.bands"), AnnexWorkbook.headers(style, "summary.band", "method.label",
				"method.minimum_score", "summary.countries"), 7, 20, 10, 10);
		for (Band band : report.methodology().bands()) {
			long countries = report.countries()
				.stream()
				.filter(c -> c.score().rated() && band.band().equals(c.score().band()))
				.count();
			table.row().label(band.band()).label(style.terms.band(band)).general(band.min()).count(countries);
		}
		style.bandColours(table.sheet, new CellRangeAddress(table.headerRow + 1, table.lastRow(), 0, 0),
				report.methodology().bands());
		table.finish();
	}

	private static void notRated(WorkbookStyle style, CycleReport report) {
		var table = style.table(style.text("sheet.not_rated"), AnnexWorkbook.headers(style, "column.iso3", "summary.country",
				"summary.region", "column.status", "method.reason"), 7, 30, 22, 11, 90);
		report.countries()
			.stream()
			.filter(c -> !c.score().rated())
			.forEach(c -> table.row()
				.input(c.country().iso3())
				.input(c.country().name())
				.input(c.country().region())
				.label(AnnexWorkbook.status(style, c.score().status()))
				.inputWrapped(c.score().reason()));
		table.finish();
		if (report.countries().stream().allMatch(c -> c.score().rated())) {
			table.lineBelow(1).label(style.text("summary.all_rated"));
		}
	}
}
