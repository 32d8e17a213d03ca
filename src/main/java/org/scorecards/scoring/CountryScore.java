package org.scorecards.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.scorecards.methodology.Cap;

/**
 * Scores of one country for one year under one methodology.
 *
 * @param overall weighted mean of the pillars, {@code null} unless rated
 * @param bandBeforeCap band of the overall score, {@code null} unless rated
 * @param band published band after caps, {@code null} unless rated
 * @param cap the cap that lowered the band, or {@code null}
 * @param triggeredCaps every cap whose condition holds, binding or not, in the methodology's order
 * @param reason why the country is blocked or not rated, else {@code null}
 */
public record CountryScore(String iso3, int year, CountryStatus status, List<IndicatorResult> indicators,
		List<PillarResult> pillars, BigDecimal overall, String bandBeforeCap, String band, Cap cap,
		List<Cap> triggeredCaps, String reason) {

	public CountryScore {
		triggeredCaps = triggeredCaps == null ? List.of() : triggeredCaps;
	}

	public static CountryScore blocked(String iso3, int year, String reason) {
		return new CountryScore(iso3, year, CountryStatus.BLOCKED, List.of(), List.of(), null, null, null, null, List.of(), reason);
	}

	/** The same scores with the given indicators flagged as touched by a warning. */
	public CountryScore withWarnings(java.util.Set<String> codes) {
		List<IndicatorResult> flagged = indicators.stream()
			.map(i -> codes.contains(i.code()) && !i.warning() ? i.flagged() : i)
			.toList();
		return new CountryScore(iso3, year, status, flagged, pillars, overall, bandBeforeCap, band, cap, triggeredCaps,
				reason);
	}

	/** Has a published overall score, band and rank (possibly marked low coverage). */
	public boolean rated() {
		return status.rated();
	}

	public Optional<IndicatorResult> indicator(String code) {
		return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	public Optional<PillarResult> pillar(String pillar) {
		return pillars.stream().filter(p -> p.pillar().equals(pillar)).findFirst();
	}
}
