package org.scorecards.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scorecards.methodology.MissingData.CoverageBasis;
import org.scorecards.methodology.MissingData.CriticalNotReported;
import org.scorecards.methodology.MissingData.LowCoverage;

/**
 * The versioned scoring methodology, as read from its data file. {@code checksum} is the SHA-256 of the
 * file's bytes, printed on every output. The four rules on missing data default to methodology v1's when a
 * file does not state them, so that an older file scores as it always did.
 *
 * @param notReportedScore the score of an indicator not reported, which then keeps its weight; {@code null}:
 * it leaves its pillar
 * @param robustness the settings of the robustness analysis (defaults when the file states none)
 */
public record Methodology(String version, int effectiveFrom, Map<String, String> treaties,
		Map<String, BigDecimal> answerScores, BigDecimal notReportedScore, CriticalNotReported criticalNotReported,
		CoverageBasis coverageBasis, LowCoverage lowCoverage, BigDecimal coverageThreshold,
		BigDecimal trendThreshold, int rankPrecision, List<Band> bands, List<Cap> caps, List<Pillar> pillars,
		List<WorkbookItem> workbook, List<Indicator> indicators, Robustness robustness, String checksum) {

	public Methodology {
		robustness = robustness == null ? Robustness.defaults() : robustness;
		criticalNotReported = criticalNotReported == null ? CriticalNotReported.IGNORE : criticalNotReported;
		coverageBasis = coverageBasis == null ? CoverageBasis.SCORED : coverageBasis;
		lowCoverage = lowCoverage == null ? LowCoverage.WITHHOLD : lowCoverage;
	}

	public List<Indicator> indicatorsOf(String pillar) {
		return indicators.stream().filter(i -> i.pillar().equals(pillar)).toList();
	}

	public Optional<Indicator> indicator(String code) {
		return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	public Optional<WorkbookItem> workbookItem(String code) {
		return workbook.stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
	}

	/** The band a score falls in, before any cap. */
	public Band bandFor(BigDecimal score) {
		return bands.stream()
			.filter(b -> score.compareTo(b.min()) >= 0)
			.findFirst()
			.orElse(bands.get(bands.size() - 1));
	}

	public Band band(String letter) {
		return bands.stream().filter(b -> b.band().equals(letter)).findFirst().orElseThrow();
	}

	/** Bands are listed best first, so a larger index is a worse band. */
	public int bandOrder(String letter) {
		for (int i = 0; i < bands.size(); i++) {
			if (bands.get(i).band().equals(letter)) {
				return i;
			}
		}
		throw new IllegalArgumentException("Unknown band " + letter);
	}

	public Methodology withChecksum(String checksum) {
		return new Methodology(version, effectiveFrom, treaties, answerScores, notReportedScore, criticalNotReported,
				coverageBasis, lowCoverage, coverageThreshold, trendThreshold, rankPrecision, bands, caps, pillars,
				workbook, indicators, robustness, checksum);
	}
}
