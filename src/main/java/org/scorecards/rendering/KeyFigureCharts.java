package org.scorecards.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.scorecards.intake.KeyFigures;

/**
 * The key-figure charts of a scorecard, under disclosure control: a count from 1 to threshold-1 is
 * drawn as an empty bar labelled "&lt;threshold" and never written as its true value. No totals are shown,
 * so that a suppressed count cannot be recovered by subtraction.
 */
final class KeyFigureCharts {

	static final String SEPARATOR = " \u00b7 ";

	private KeyFigureCharts() {
	}

	static List<KeyFigure> of(KeyFigures figures, int threshold) {
		KeyFigures f = figures == null ? KeyFigures.empty() : figures;
		return List.of(counts("Victims identified, by sex", f.victimsBySex(), threshold),
				counts("Victims identified, by age group", f.victimsByAge(), threshold),
				counts("Victims identified, by form of exploitation", f.victimsByExploitation(), threshold),
				counts("Defendants, by stage reached at year end", f.defendantsByStage(), threshold),
				money("Anti-trafficking funding by pillar, USD", f.fundingUsdByPillar()),
				counts("Persons trained, by audience", f.trainedByAudience(), threshold));
	}

	static String suppressionNote(int threshold) {
		return "To protect victims and defendants, counts from 1 to " + (threshold - 1) + " are shown as \u201c<"
				+ threshold + "\u201d and drawn as an empty bar at zero; no totals are given, so that they cannot "
				+ "be recovered by subtraction. Funding is converted to US dollars at the year\u2019s average "
				+ "exchange rate; cross-cutting lines are shown apart (for scoring they are split equally across "
				+ "the four pillars).";
	}

	static KeyFigure counts(String title, Map<String, Long> counts, int threshold) {
		return figure(title, counts, count -> {
			long n = count == null ? 0 : count;
			boolean suppressed = Display.isSuppressed(n, threshold);
			String label = suppressed ? Display.count(n, threshold) : Formats.whole(n);
			return new ChartBar("count", null, suppressed ? 0 : n, label);
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
			return new KeyFigure(title, List.of(), null, false);
		}
		List<ChartBar> bars = new ArrayList<>();
		List<String> listing = new ArrayList<>();
		values.forEach((code, value) -> {
			ChartBar drawn = bar.apply(value);
			String category = Formats.category(code);
			bars.add(new ChartBar(drawn.series(), category, drawn.value(), drawn.label()));
			listing.add(category + "\u00a0" + drawn.label());
		});
		return new KeyFigure(title, bars, String.join(SEPARATOR, listing), true);
	}
}
