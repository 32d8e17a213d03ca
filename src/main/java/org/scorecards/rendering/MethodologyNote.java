package org.scorecards.rendering;

import java.util.ArrayList;
import java.util.List;

import org.scorecards.methodology.Band;
import org.scorecards.methodology.Cap;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MissingData.CoverageBasis;
import org.scorecards.methodology.MissingData.CriticalNotReported;
import org.scorecards.methodology.MissingData.LowCoverage;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.IndicatorStatus;

/**
 * The "how to read this" texts, worded from the methodology file so they can never disagree with it: every
 * number, band, cap and weight comes from the file, the sentences around them from the report bundle.
 */
final class MethodologyNote {

	private MethodologyNote() {
	}

	static String scoring(Formats words, Methodology m) {
		return words.text("note.scoring", m.version(), answerScores(words, m), notReported(words, m),
				coverage(words, m), pillarWeights(words, m), bands(words, m), caps(words, m),
				words.plain(m.trendThreshold()));
	}

	/** What a missing value does, as the methodology file says. */
	static String notReported(Formats words, Methodology m) {
		if (m.notReportedScore() == null) {
			return words.text("note.not_reported.left_out");
		}
		return words.text(m.criticalNotReported() == CriticalNotReported.CAP ? "note.not_reported.scores_and_caps"
				: "note.not_reported.scores", words.plain(m.notReportedScore()));
	}

	private static String coverage(Formats words, Methodology m) {
		return words.text(m.lowCoverage() == LowCoverage.FLAG ? "note.coverage.flag" : "note.coverage.withhold",
				words.text(m.coverageBasis() == CoverageBasis.REPORTED ? "note.coverage.reported"
						: "note.coverage.scored"),
				words.percent(m.coverageThreshold()));
	}

	static String treaties(Formats words, Methodology m) {
		if (m.treaties() == null || m.treaties().isEmpty()) {
			return "";
		}
		return words.text("note.treaties", words.groups(m.treaties().entrySet().stream()
			.map(e -> e.getKey() + " = " + words.terms().treaty(e.getKey(), e.getValue()))
			.toList()));
	}

	static String bands(Formats words, Methodology m) {
		List<String> parts = new ArrayList<>();
		List<Band> bands = m.bands();
		for (int i = 0; i < bands.size(); i++) {
			Band band = bands.get(i);
			boolean last = i == bands.size() - 1 && band.min().signum() == 0 && i > 0;
			parts.add(last ? words.text("note.band.below", band.band(), words.plain(bands.get(i - 1).min()),
					words.terms().band(band))
					: words.text("note.band.at_least", band.band(), words.plain(band.min()), words.terms().band(band)));
		}
		return words.list(parts);
	}

	static String caps(Formats words, Methodology m) {
		return m.caps() == null || m.caps().isEmpty() ? "" : words.text("note.caps", capList(words, m));
	}

	static String capList(Formats words, Methodology m) {
		String key = m.criticalNotReported() == CriticalNotReported.CAP ? "note.cap.or_not_reported" : "note.cap";
		return words.groups(m.caps().stream()
			.map(c -> words.text(key, c.indicator(), words.answer(c.when()), c.maxBand()))
			.toList());
	}

	/** The binding cap, and every cap whose condition holds without lowering the band; one per line. */
	static String capStatements(Formats words, CountryScore score, Methodology m) {
		List<String> statements = new ArrayList<>();
		for (Cap cap : score.triggeredCaps()) {
			String why = words.text("cap.why", words.terms().capReason(cap), cap.indicator(), trigger(words, score, cap));
			if (cap.equals(score.cap())) {
				statements.add(words.text("cap.binding", cap.maxBand(), why, bandLabel(words, m, score.bandBeforeCap())));
			}
			else {
				statements.add(words.text("cap.not_binding", why, cap.maxBand(), score.band()));
			}
		}
		return String.join("\n", statements);
	}

	/** "B – largely meets". */
	static String bandLabel(Formats words, Methodology m, String band) {
		return words.text("band.label", band, words.terms().band(m.band(band)));
	}

	/** {@code answered No}, or {@code not reported} when the cap binds by absence. */
	private static String trigger(Formats words, CountryScore score, Cap cap) {
		boolean absent = score.indicator(cap.indicator())
			.map(i -> i.status() == IndicatorStatus.NOT_REPORTED)
			.orElse(true);
		return words.text(absent ? "cap.trigger.not_reported" : "cap.trigger.answered", words.answer(cap.when()));
	}

	private static String answerScores(Formats words, Methodology m) {
		return words.text("note.answer_scores", words.plain(m.answerScores().get("yes")),
				words.plain(m.answerScores().get("partial")), words.plain(m.answerScores().get("no")));
	}

	private static String pillarWeights(Formats words, Methodology m) {
		return words.list(m.pillars().stream()
			.map(p -> words.terms().pillar(p) + " " + words.percent(p.weight()))
			.toList());
	}
}
