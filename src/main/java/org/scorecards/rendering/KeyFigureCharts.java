package org.scorecards.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.scorecards.intake.KeyFigures;
import org.scorecards.scoring.CountryScore;

/**
 * The key-figure charts of a scorecard, under disclosure control ({@link Suppression}, the same tables as the
 * annex and {@code breakdowns.csv}): a count from 1 to threshold-1 is drawn as an empty bar labelled
 * "&lt;threshold", a count withheld to protect it as an empty bar labelled {@code c}; neither is ever written
 * as its true value.
 */
final class KeyFigureCharts {

	static final String SEPARATOR = " \u00b7 ";

	private KeyFigureCharts() {
	}

	static List<KeyFigure> of(KeyFigures figures, CountryScore score, int threshold) {
		KeyFigures f = figures == null ? KeyFigures.empty() : figures;
		Map<String, CountTable> tables = new java.util.HashMap<>();
		Suppression.tables(f, score, threshold).forEach(t -> tables.put(t.key(), t));
		return List.of(table("Victims identified, by sex", tables.get("victims_by_sex"), threshold),
				table("Victims identified, by age group", tables.get("victims_by_age_group"), threshold),
				table("Victims identified, by form of exploitation", tables.get("victims_by_exploitation"), threshold),
				table("Defendants, by stage reached at year end", tables.get("defendants_by_stage"), threshold),
				money("Anti-trafficking funding by pillar, USD", f.fundingUsdByPillar()),
				table("Persons trained, by audience", tables.get("trained_by_audience"), threshold));
	}

	static String suppressionNote(int threshold) {
		return "To protect victims and defendants, counts from 1 to " + (threshold - 1) + " are shown as \u201c<"
				+ threshold + "\u201d and drawn as an empty bar at zero. The scores give some totals away (victims "
				+ "identified, persons prosecuted, persons trained), so where a total would reveal a \u201c<"
				+ threshold + "\u201d other counts are withheld too, shown as \u201c" + Suppression.SECONDARY
				+ "\u201d (at least " + threshold + "; a chart entirely \u201c" + Suppression.SECONDARY
				+ "\u201d is withheld as a whole). Funding is converted to US dollars at the year\u2019s average "
				+ "exchange rate; cross-cutting lines are shown apart (for scoring they are split equally across "
				+ "the four pillars).";
	}

	/** One table with primary suppression only: a table no published total bears on. */
	static KeyFigure counts(String title, Map<String, Long> counts, int threshold) {
		return table(title, counts.isEmpty() ? null
				: Suppression.protect("table", title, counts, List.of(), threshold, true), threshold);
	}

	static KeyFigure table(String title, CountTable table, int threshold) {
		Map<String, CountTable.Cell> cells = new java.util.LinkedHashMap<>();
		if (table != null) {
			table.cells().forEach(c -> cells.put(c.category(), c));
		}
		return figure(title, cells, cell -> {
			boolean shown = cell.exact();
			String label = shown ? Formats.whole(cell.count()) : cell.shown(threshold);
			return new ChartBar("count", null, shown ? cell.count() : 0, label);
		});
	}

	static KeyFigure money(String title, Map<String, BigDecimal> amounts) {
		return figure(title, amounts, amount -> {
			BigDecimal usd = amount == null ? BigDecimal.ZERO : amount;
			return new ChartBar("USD", null, usd, Formats.decimal(usd, 0));
		});
	}

	private static <V> KeyFigure figure(String title, Map<String, V> values, Function<V, ChartBar> bar) {
		if (values == null || values.isEmpty()) {
			return new KeyFigure(title, List.of(), null, null, false);
		}
		List<ChartBar> bars = new ArrayList<>();
		List<String> listing = new ArrayList<>();
		values.forEach((code, value) -> {
			ChartBar drawn = bar.apply(value);
			String category = Formats.category(code);
			bars.add(new ChartBar(drawn.series(), category, drawn.value(), drawn.label()));
			listing.add(category + "\u00a0" + drawn.label());
		});
		return new KeyFigure(title, bars, String.join(SEPARATOR, listing), ChartAlt.describe(title, bars), true);
	}
}
