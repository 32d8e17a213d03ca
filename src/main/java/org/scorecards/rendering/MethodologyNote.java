package org.scorecards.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.scorecards.methodology.Band;
import org.scorecards.methodology.Cap;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MissingData.CoverageBasis;
import org.scorecards.methodology.MissingData.CriticalNotReported;
import org.scorecards.methodology.MissingData.LowCoverage;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.IndicatorStatus;

/** The "how to read this" texts, worded from the methodology file so they can never disagree with it. */
final class MethodologyNote {

	private MethodologyNote() {
	}

	static String scoring(Methodology m) {
		return "Scores follow methodology version " + m.version() + ". Each indicator scores 0\u2013100: answers "
				+ "Yes, Partial and No score " + answerScores(m) + "; numeric indicators are scored linearly between "
				+ "the methodology\u2019s worst and best bounds and clipped to 0\u2013100; rates per 100,000 and per "
				+ "capita use the population of the year, money is converted to US dollars at the year\u2019s rate. "
				+ "A ratio whose base is below its minimum is not scored (insufficient base) and leaves its pillar. "
				+ notReported(m) + " " + coverage(m) + " The overall score is the weighted mean of the "
				+ "pillars (" + pillarWeights(m) + "). Bands: " + bands(m) + ". " + caps(m) + " A trend is up or "
				+ "down when a score moved by " + plain(m.trendThreshold()) + " points or more against "
				+ "the previous year re-scored under the same methodology, otherwise steady. Ranks (ties share a rank) "
				+ "and regional averages are taken over rated countries; a cap changes the band, not the rank. "
				+ "Scores are computed exactly; each is published as its official figure, rounded half up to four "
				+ "decimals in the tables and, from that figure, to one decimal on the documents. Bands are read "
				+ "from the official figure, ranks from its one-decimal rounding.";
	}

	/** What a missing value does, as the methodology file says. */
	static String notReported(Methodology m) {
		if (m.notReportedScore() == null) {
			return "A missing value, or one blocked by a validation error, is not reported, never imputed, and "
					+ "leaves its pillar.";
		}
		return "A missing value, one blocked by a validation error, or one fed by a file not submitted is not "
				+ "reported and scores " + plain(m.notReportedScore()) + " (not demonstrated), keeping its weight"
				+ (m.criticalNotReported() == CriticalNotReported.CAP
						? "; a critical indicator not reported caps the rating as if answered No." : ".");
	}

	private static String coverage(Methodology m) {
		String basis = m.coverageBasis() == CoverageBasis.REPORTED ? "reported (scored or of insufficient base)"
				: "scored";
		String low = m.lowCoverage() == LowCoverage.FLAG
				? "the rating is still published, marked low coverage (\u2020)"
				: "the pillar has insufficient data and the country is not rated";
		return "A pillar\u2019s score is the weighted mean of its indicators other than those of insufficient base; "
				+ "its coverage is the share of its weight that was " + basis + ". When coverage is below "
				+ Formats.percent(m.coverageThreshold()) + ", " + low + ".";
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
		String absent = m.criticalNotReported() == CriticalNotReported.CAP ? " (or not reported)" : "";
		return m.caps().stream()
			.map(c -> c.indicator() + " answered " + Formats.answer(c.when()) + absent + " caps the rating at "
					+ c.maxBand())
			.collect(Collectors.joining("; "));
	}

	/** The binding cap, and every cap whose condition holds without lowering the band. */
	static String capStatements(CountryScore score, Methodology m) {
		List<String> statements = new ArrayList<>();
		for (Cap cap : score.triggeredCaps()) {
			String why = cap.reason() + " (" + cap.indicator() + " " + trigger(score, cap) + ")";
			if (cap.equals(score.cap())) {
				statements.add("Rating capped at " + cap.maxBand() + ": " + why + ". The score alone would give band "
						+ score.bandBeforeCap() + " \u2013 " + m.band(score.bandBeforeCap()).label() + ".");
			}
			else {
				statements.add("Cap triggered, not binding: " + why + " caps the rating at " + cap.maxBand()
						+ "; the band " + score.band() + " is already at or below it.");
			}
		}
		return String.join("\n", statements);
	}

	/** {@code answered No}, or {@code not reported} when the cap binds by absence. */
	private static String trigger(CountryScore score, Cap cap) {
		boolean absent = score.indicator(cap.indicator())
			.map(i -> i.status() == IndicatorStatus.NOT_REPORTED)
			.orElse(true);
		return absent ? "not reported, capped as if answered " + Formats.answer(cap.when())
				: "answered " + Formats.answer(cap.when());
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
