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

	static List<KeyFigure> of(Formats words, KeyFigures figures, CountryScore score, int threshold) {
		KeyFigures f = figures == null ? KeyFigures.empty() : figures;
		Map<String, CountTable> tables = new java.util.HashMap<>();
		Suppression.tables(f, score, threshold).forEach(t -> tables.put(t.key(), t));
		return List.of(table(words, words.text("keyfigure.victims_by_sex"), tables.get("victims_by_sex"), threshold),
				table(words, words.text("keyfigure.victims_by_age_group"), tables.get("victims_by_age_group"), threshold),
				table(words, words.text("keyfigure.victims_by_exploitation"), tables.get("victims_by_exploitation"),
						threshold),
				table(words, words.text("keyfigure.defendants_by_stage"), tables.get("defendants_by_stage"), threshold),
				money(words, words.text("keyfigure.funding_by_pillar"), f.fundingUsdByPillar()),
				table(words, words.text("keyfigure.trained_by_audience"), tables.get("trained_by_audience"), threshold));
	}

	static String suppressionNote(Formats words, int threshold) {
		return words.text("keyfigure.suppression_note", words.whole(threshold - 1), "<" + threshold,
				Suppression.SECONDARY, words.whole(threshold));
	}

	/** One table with primary suppression only: a table no published total bears on. */
	static KeyFigure counts(Formats words, String title, Map<String, Long> counts, int threshold) {
		return table(words, title, counts.isEmpty() ? null
				: Suppression.protect("table", title, counts, List.of(), threshold, true), threshold);
	}

	static KeyFigure table(Formats words, String title, CountTable table, int threshold) {
		Map<String, CountTable.Cell> cells = new java.util.LinkedHashMap<>();
		if (table != null) {
			table.cells().forEach(c -> cells.put(c.category(), c));
		}
		return figure(words, title, cells, cell -> {
			boolean shown = cell.exact();
			String label = shown ? words.whole(cell.count()) : cell.shown(threshold);
			return new ChartBar("count", null, shown ? cell.count() : 0, label);
		});
	}

	static KeyFigure money(Formats words, String title, Map<String, BigDecimal> amounts) {
		return figure(words, title, amounts, amount -> {
			BigDecimal usd = amount == null ? BigDecimal.ZERO : amount;
			return new ChartBar("USD", null, usd, words.decimal(usd, 0));
		});
	}

	private static <V> KeyFigure figure(Formats words, String title, Map<String, V> values,
			Function<V, ChartBar> bar) {
		if (values == null || values.isEmpty()) {
			return new KeyFigure(title, List.of(), null, null, false);
		}
		List<ChartBar> bars = new ArrayList<>();
		List<String> listing = new ArrayList<>();
		values.forEach((code, value) -> {
			ChartBar drawn = bar.apply(value);
			String category = words.category(code);
			bars.add(new ChartBar(drawn.series(), category, drawn.value(), drawn.label()));
			listing.add(category + "\u00a0" + drawn.label());
		});
		return new KeyFigure(title, bars, String.join(SEPARATOR, listing), ChartAlt.describe(words, title, bars), true);
	}
}
