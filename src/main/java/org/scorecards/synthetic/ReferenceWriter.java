package org.scorecards.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.scorecards.language.Language;

/**
 * The three reference files: the countries, their population and the rates of the currencies they use, for
 * every generated year and the year before the first (so a previous year can be looked up).
 */
final class ReferenceWriter {

	static final String DIRECTORY = "reference";

	static final int FILES = 3;

	private final List<FictionalCountry> countries;

	private final List<Integer> years;

	private final long seed;

	private final Profile profile;

	ReferenceWriter(List<FictionalCountry> countries, List<Integer> reportingYears, long seed, Profile profile) {
		this.countries = countries;
		this.profile = profile;
		TreeSet<Integer> years = new TreeSet<>(reportingYears);
		years.add(years.first() - 1);
		this.years = List.copyOf(years);
		this.seed = seed;
	}

	void write(Path inputDir) throws IOException {
		Path directory = Files.createDirectories(inputDir.resolve(DIRECTORY));
		// The language column only where a profile mixes languages: the demo's countries.csv stays as it was.
		boolean mixed = countries.stream().anyMatch(c -> profile.language(c.index()) != Language.EN);
		if (!mixed) {
			try (CsvTable csv = CsvTable.create(directory.resolve("countries.csv"), "iso3", "name", "region")) {
				for (FictionalCountry country : countries) {
					csv.row(country.iso3(), country.name(), country.region());
				}
			}
		}
		else {
			try (CsvTable csv = CsvTable.create(directory.resolve("countries.csv"), "iso3", "name", "region", "language")) {
				for (FictionalCountry country : countries) {
					csv.row(country.iso3(), country.name(), country.region(), profile.language(country.index()).tag());
				}
			}
		}
		try (CsvTable csv = CsvTable.create(directory.resolve("population.csv"), "iso3", "year", "population")) {
			for (FictionalCountry country : countries) {
				for (int year : years) {
					csv.row(country.iso3(), year, CountryYear.population(country, year, seed));
				}
			}
		}
		// USD always has its row, so amounts in USD convert even where no country uses it.
		TreeSet<String> currencies = new TreeSet<>(List.of("USD"));
		countries.forEach(c -> currencies.add(c.currency()));
		try (CsvTable csv = CsvTable.create(directory.resolve("exchange_rates.csv"), "currency", "year", "per_usd")) {
			for (String currency : currencies) {
				for (int year : years) {
					csv.row(currency, year, Currencies.perUsd(currency, year, seed).toPlainString());
				}
			}
		}
	}
}
