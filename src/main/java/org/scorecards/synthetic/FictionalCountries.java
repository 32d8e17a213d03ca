package org.scorecards.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.scorecards.synthetic.FictionalCountry.CriticalGap;

/**
 * The fictional countries of a generation: user-assigned ISO codes XAA, XAB, ... in order, names with the
 * diacritics and apostrophes real names have (so fonts and encodings get tested), fictional regions and a
 * currency each. The first names come from a hand-written list; beyond it names are built from syllables.
 */
final class FictionalCountries {

	/**
	 * XAA..XZZ less XKX (used for Kosovo by the EU and others) and XXA..XXZ (stateless persons and refugees in
	 * ICAO travel documents), so a synthetic code is never mistaken for a real one.
	 */
	static final int MAX_COUNTRIES = 26 * 26 - 1 - 26;

	static final List<String> REGIONS = List.of("Northern Reach", "Eastern Marches", "Southern Shores",
			"Western Isles");

	private static final List<String> NAMES = List.of("Côte d'Azuria", "Türkmenia", "São Aurélio and Príncipe",
			"Dûnmore", "Ærøvik", "Ñandúland", "Republic of Valdoria", "Kæstrel Isles", "Brønsholm", "Mïrovia",
			"Saint-Élouan", "Llyn Ddu", "Zëlandra", "Ostrovia", "Québrana", "Holmgård", "Ćervena", "Al-Qamarïn",
			"Isla Marín", "Transvolta", "Grand Duchy of Lùcca Nova", "Śnieżna", "Ülvenstad", "Port Évangéline",
			"N'Djaro", "Malvéria", "Federated Isles of Corallia", "Þórsland", "Vështia", "Kingdom of Arandel");

	private static final List<String> STEMS = List.of("Vel", "Mar", "Ost", "Kar", "Lun", "Tor", "Bel", "Syl", "Dra",
			"Ven", "Cal", "Ery", "Fen", "Gal", "Hal", "Ist", "Jor", "Kel", "Lor", "Myr", "Nor", "Pel", "Quen", "Ral",
			"Sar", "Tal", "Ul", "Var", "Wes", "Zan");

	private static final List<String> ENDINGS = List.of("avia", "onia", "ara", "estan", "land", "mark", "ória",
			"énie", "ova", "uria", "heim", "ador", "ådal", "eth", "ur", "ène", "ïa", "ona", "ica", "undi", "aro",
			"öst", "ania", "ine");

	/** Real ISO 4217 codes; the euro and the dollar are weighted up as they are in the world. */
	private static final Weighted CURRENCIES = Weighted.parse("""
			EUR:5 USD:3 GBP:1 CHF:1 NOK:1 SEK:1 DKK:1 PLN:1 CZK:1 HUF:1 RON:1 TRY:1 JPY:1 INR:1 BRL:1 ZAR:1
			KES:1 NGN:1 XOF:1""");

	private FictionalCountries() {
	}

	static List<FictionalCountry> create(int count, long seed) {
		return create(count, seed, Profile.DEMO);
	}

	/** The countries with the volumes of {@code profile}; every other trait is the same in every profile. */
	static List<FictionalCountry> create(int count, long seed, Profile profile) {
		List<FictionalCountry> countries = demo(count, seed);
		return switch (profile) {
			case DEMO -> countries;
			case REALISTIC -> realistic(countries);
			case STRESS -> countries.stream().map(c -> c.withVolume(1.0)).toList();
		};
	}

	/**
	 * Keeps the order of the demo volumes (size and capacity plus noise) but spreads them log-normally: the
	 * country of rank r of n gets the (r + 0.5) / n quantile, so the shape does not depend on luck.
	 */
	private static List<FictionalCountry> realistic(List<FictionalCountry> countries) {
		int n = countries.size();
		List<FictionalCountry> byVolume = countries.stream()
			.sorted(Comparator.comparingDouble(FictionalCountry::volume).thenComparing(FictionalCountry::index))
			.toList();
		FictionalCountry[] spread = new FictionalCountry[n];
		for (int rank = 0; rank < n; rank++) {
			FictionalCountry country = byVolume.get(rank);
			double z = Draw.normalQuantile((rank + 0.5) / n);
			spread[country.index()] = country.withVolume(StrictMath.exp(Profile.REALISTIC_SIGMA * z));
		}
		return List.of(spread);
	}

	private static List<FictionalCountry> demo(int count, long seed) {
		List<FictionalCountry> countries = new ArrayList<>(count);
		Set<String> names = new HashSet<>();
		int gapOffset = (int) Math.floorMod(Seeds.mix(seed), 10L);
		for (int i = 0; i < count; i++) {
			String iso3 = code(i);
			Random random = Seeds.random(seed, iso3, 0, "profile");
			String name = uniqueName(i, names);
			String region = i < REGIONS.size() ? REGIONS.get(i) : Draw.any(random, REGIONS);
			// Log-uniform: many small states and a few very large ones, as in the world (median about 5 million).
			double spread = random.nextDouble();
			long population = Math.round(FictionalCountry.MIN_POPULATION
					* Math.pow(FictionalCountry.MAX_POPULATION / FictionalCountry.MIN_POPULATION, spread));
			double growth = Draw.between(random, -0.006, 0.025);
			CriticalGap gap = gap(i + gapOffset);
			double capacity = Draw.between(random, 0.08, 0.95);
			if (gap != CriticalGap.NONE) {
				// A gap only shows as a cap when the country would otherwise rate above it.
				capacity = Draw.between(random, 0.6, 0.92);
			}
			double trend = Draw.between(random, -0.015, 0.025);
			double sizeRatio = FictionalCountry.sizeOf(population);
			// The first country has exactly the requested volume, so row counts are predictable for benchmarks.
			double volume = (i == 0) ? 1.0
					: 0.2 * Math.pow(10, Draw.noisy(random, 0.5 * sizeRatio + 0.5 * capacity, 0.1));
			countries.add(new FictionalCountry(i, iso3, name, region, CURRENCIES.pick(random), population, growth,
					capacity, trend, volume, gap));
		}
		return List.copyOf(countries);
	}

	/** The {@code index}-th user-assigned code, skipping those real documents use. */
	static String code(int index) {
		int n = 0;
		for (char second = 'A'; second <= 'Z'; second++) {
			for (char third = 'A'; third <= 'Z'; third++) {
				String code = "X" + second + third;
				if (!code.equals("XKX") && second != 'X' && n++ == index) {
					return code;
				}
			}
		}
		throw new IllegalArgumentException("No user-assigned code left for country %d, expected at most %d"
			.formatted(index + 1, MAX_COUNTRIES));
	}

	private static CriticalGap gap(int slot) {
		return switch (slot % 10) {
			case 3 -> CriticalGap.NO_REFERRAL_MECHANISM;
			case 7 -> CriticalGap.NO_CRIMINALISATION;
			default -> CriticalGap.NONE;
		};
	}

	private static String uniqueName(int index, Set<String> taken) {
		String name = index < NAMES.size() ? NAMES.get(index) : builtName(index - NAMES.size());
		String candidate = name;
		for (int n = 2; !taken.add(candidate); n++) {
			candidate = name + " " + n;
		}
		return candidate;
	}

	/** Stem and ending in mixed-radix order: 30 stems x 24 endings cover every remaining code. */
	private static String builtName(int index) {
		String stem = STEMS.get(index % STEMS.size());
		String ending = ENDINGS.get((index / STEMS.size()) % ENDINGS.size());
		String name = stem + ending;
		return switch (index % 7) {
			case 2 -> "Republic of " + name;
			case 5 -> name + " Islands";
			default -> name;
		};
	}
}
