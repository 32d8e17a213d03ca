package org.scorecards.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.scorecards.methodology.Band;
import org.scorecards.methodology.Cap;
import org.scorecards.methodology.Methodology;

/** The "how to read this" texts, worded from the methodology file so they can never disagree with it. */
final class MethodologyNote {

	private MethodologyNote() {
	}

	static String scoring(Methodology m) {
		return "Scores follow methodology version " + m.version() + ". Each indicator scores 0\u2013100: answers "
				+ "Yes, Partial and No score " + answerScores(m) + "; numeric indicators are scored linearly between "
				+ "the methodology\u2019s worst and best bounds and clipped to 0\u2013100; rates per 100,000 and per "
				+ "capita use the population of the year, money is converted to US dollars at the year\u2019s rate. "
				+ "A ratio whose base is below its minimum is not scored (insufficient base); a missing value, or "
				+ "one blocked by a validation error, is not reported and never imputed. A pillar\u2019s score is the "
				+ "weighted mean of its scored indicators; when less than "
				+ Formats.percent(m.coverageThreshold()) + " of its weight could be scored the pillar has "
				+ "insufficient data and the country is not rated. The overall score is the weighted mean of the "
				+ "pillars (" + pillarWeights(m) + "). Bands: " + bands(m) + ". " + caps(m) + " A trend is up or "
				+ "down when a score moved by " + plain(m.trendThreshold()) + " points or more against "
				+ "the previous year re-scored under the same methodology, otherwise steady. Ranks (ties share a rank) "
				+ "and regional averages are taken over rated countries; a cap changes the band, not the rank. "
				+ "Scores are computed exactly and rounded to one decimal for display only.";
	}

	static String treaties(Methodology m) {
		if (m.treaties() == null || m.treaties().isEmpty()) {
			return "";
		}
		return "Treaty references: " + m.treaties().entrySet().stream()
			.map(e -> e.getKey() + " = " + e.getValue())
			.collect(Collectors.joining("; ")) + ".";
	}

	static String bands(Methodology m) {
		List<String> parts = new ArrayList<>();
		List<Band> bands = m.bands();
		for (int i = 0; i < bands.size(); i++) {
			Band band = bands.get(i);
			boolean last = i == bands.size() - 1 && band.min().signum() == 0 && i > 0;
			String range = last ? "below " + plain(bands.get(i - 1).min()) : "\u2265 " + plain(band.min());
			parts.add(band.band() + " " + range + " " + band.label());
		}
		return String.join(", ", parts);
	}

	static String caps(Methodology m) {
		return m.caps() == null || m.caps().isEmpty() ? "" : "Caps: " + capList(m) + ".";
	}

	static String capList(Methodology m) {
		return m.caps().stream()
			.map(c -> c.indicator() + " answered " + Formats.answer(c.when()) + " caps the rating at " + c.maxBand())
			.collect(Collectors.joining("; "));
	}

	static String capStatement(Cap cap, String bandBeforeCap, Methodology m) {
		String before = bandBeforeCap == null ? "" : " The score alone would give band " + bandBeforeCap
				+ " \u2013 " + m.band(bandBeforeCap).label() + ".";
		return "Rating capped at " + cap.maxBand() + ": " + cap.reason() + " (" + cap.indicator() + " answered "
				+ Formats.answer(cap.when()) + ")." + before;
	}

	private static String answerScores(Methodology m) {
		return plain(m.answerScores().get("yes")) + ", " + plain(m.answerScores().get("partial")) + " and "
				+ plain(m.answerScores().get("no"));
	}

	private static String pillarWeights(Methodology m) {
		return m.pillars().stream()
			.map(p -> p.label() + " " + Formats.percent(p.weight()))
			.collect(Collectors.joining(", "));
	}

	private static String plain(BigDecimal value) {
		return value == null ? Display.ABSENT : value.stripTrailingZeros().toPlainString();
	}
}
