package org.scorecards.methodology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versioned scoring methodology, as read from its data file. {@code checksum} is the SHA-256 of the
 * file's bytes, printed on every output.
 */
public record Methodology(String version, int effectiveFrom, Map<String, String> treaties,
		Map<String, BigDecimal> answerScores, BigDecimal coverageThreshold, BigDecimal trendThreshold,
		int rankPrecision, List<Band> bands, List<Cap> caps, List<Pillar> pillars, List<WorkbookItem> workbook,
		List<Indicator> indicators, String checksum) {

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
		return new Methodology(version, effectiveFrom, treaties, answerScores, coverageThreshold, trendThreshold,
				rankPrecision, bands, caps, pillars, workbook, indicators, checksum);
	}
}
