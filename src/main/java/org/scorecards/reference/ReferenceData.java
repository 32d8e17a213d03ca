package org.scorecards.reference;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Countries of the cycle, populations and exchange rates, as read from {@code input/reference}. */
public final class ReferenceData {

	private static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
		.stream()
		.collect(Collectors.toUnmodifiableSet());

	/** Each ISO code to itself: a code read from a file is replaced by this one instance, whose hash is cached. */
	private static final Map<String, String> ISO_INSTANCES = ISO_ALPHA3.stream()
		.collect(Collectors.toUnmodifiableMap(code -> code, code -> code));

	private final Map<String, Country> countries;

	private final Map<String, Long> population;

	private final Map<String, BigDecimal> perUsd;

	ReferenceData(Map<String, Country> countries, Map<String, Long> population, Map<String, BigDecimal> perUsd) {
		this.countries = countries;
		this.population = population;
		this.perUsd = perUsd;
	}

	public Optional<Country> country(String iso3) {
		return Optional.ofNullable(countries.get(iso3.toUpperCase(Locale.ROOT)));
	}

	public Collection<Country> countries() {
		return countries.values();
	}

	/** A code of the ISO 3166-1 alpha-3 list or of the cycle's countries. */
	public boolean isKnownCountryCode(String code) {
		return knownCountryCode(code.toUpperCase(Locale.ROOT)) != null;
	}

	/**
	 * The upper-case code as the reference data holds it, one instance per code, if it is known; else {@code null}.
	 * Ten million records naming a few countries then share a few strings.
	 */
	public String knownCountryCode(String upperCaseCode) {
		String iso = ISO_INSTANCES.get(upperCaseCode);
		if (iso != null) {
			return iso;
		}
		Country country = countries.get(upperCaseCode);
		return country == null ? null : country.iso3();
	}

	public Optional<Long> population(String iso3, int year) {
		return Optional.ofNullable(population.get(key(iso3, year)));
	}

	/** Units of {@code currency} per US dollar, annual average of {@code year}. */
	public Optional<BigDecimal> perUsd(String currency, int year) {
		return Optional.ofNullable(perUsd.get(key(currency, year)));
	}

	/** The regions of the cycle, sorted. */
	public Set<String> regions() {
		return countries.values().stream().map(Country::region).collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	static String key(String code, int year) {
		return code.toUpperCase(Locale.ROOT) + "/" + year;
	}
}
