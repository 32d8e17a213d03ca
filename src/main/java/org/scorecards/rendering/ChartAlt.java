package org.scorecards.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The alternative text of a chart (PDF/UA: a figure states what it shows): its title and every bar as printed
 * on it, in reading order. "&lt;5" is read "fewer than 5" and a withheld count "withheld", so the text gives away
 * no more than the chart.
 */
final class ChartAlt {

	private ChartAlt() {
	}

	/**
	 * "Victims identified, by sex: Female 118, Male 111, Other fewer than 5." for one bar per category;
	 * "Pillar scores: Prevention: country score 69.2, regional average 58.2; Protection: ..." for several.
	 */
	static String describe(String title, List<ChartBar> bars) {
		Map<String, List<ChartBar>> byCategory = new LinkedHashMap<>();
		bars.forEach(bar -> byCategory.computeIfAbsent(bar.category(), c -> new ArrayList<>()).add(bar));
		boolean onePerCategory = byCategory.values().stream().allMatch(group -> group.size() == 1);
		String figures;
		if (onePerCategory) {
			figures = bars.stream().map(bar -> bar.category() + " " + spoken(bar.label())).collect(Collectors.joining(", "));
		}
		else {
			figures = byCategory.entrySet().stream().map(category -> category.getKey() + ": " + category.getValue()
				.stream()
				.map(bar -> bar.series().toLowerCase(Locale.ROOT) + " " + spoken(bar.label()))
				.collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
		}
		return bars.isEmpty() ? title + "." : title + ": " + figures + ".";
	}

	private static String spoken(String label) {
		if (label == null || label.isBlank() || label.equals(Display.ABSENT)) {
			return "not available";
		}
		if (label.startsWith("<")) {
			return "fewer than " + label.substring(1);
		}
		if (label.equals(Suppression.SECONDARY)) {
			return "withheld";
		}
		return label;
	}
}
