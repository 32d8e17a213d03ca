package org.scorecards.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alternative text of a chart (PDF/UA: a figure states what it shows): its title and every bar as printed
 * on it, in reading order, in the document's language. "&lt;5" is read "fewer than 5" and a withheld count
 * "withheld", so the text gives away no more than the chart.
 */
final class ChartAlt {

	private ChartAlt() {
	}

	/**
	 * "Victims identified, by sex: Female 118, Male 111, Other fewer than 5." for one bar per category;
	 * "Pillar scores: Prevention: country score 69.2, regional average 58.2; Protection: ..." for several.
	 */
	static String describe(Formats words, String title, List<ChartBar> bars) {
		Map<String, List<ChartBar>> byCategory = new LinkedHashMap<>();
		bars.forEach(bar -> byCategory.computeIfAbsent(bar.category(), c -> new ArrayList<>()).add(bar));
		boolean onePerCategory = byCategory.values().stream().allMatch(group -> group.size() == 1);
		String figures;
		if (onePerCategory) {
			figures = words.list(bars.stream().map(bar -> bar.category() + " " + words.spoken(bar.label())).toList());
		}
		else {
			figures = words.groups(byCategory.entrySet().stream()
				.map(category -> words.text("alt.category", category.getKey(), words.list(category.getValue()
					.stream()
					.map(bar -> bar.series().toLowerCase(words.locale()) + " " + words.spoken(bar.label()))
					.toList())))
				.toList());
		}
		return bars.isEmpty() ? words.text("alt.title", title) : words.text("alt.figures", title, figures);
	}
}
