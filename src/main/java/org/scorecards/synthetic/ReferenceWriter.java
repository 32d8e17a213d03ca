package org.scorecards.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

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

	ReferenceWriter(List<FictionalCountry> countries, List<Integer> reportingYears, long seed) {
		this.countries = countries;
		TreeSet<Integer> years = new TreeSet<>(reportingYears);
		years.add(years.first() - 1);
		this.years = List.copyOf(years);
		this.seed = seed;
	}

	void write(Path inputDir) throws IOException {
		Path directory = Files.createDirectories(inputDir.resolve(DIRECTORY));
		try (CsvTable csv = CsvTable.create(directory.resolve("countries.csv"), "iso3", "name", "region")) {
			for (FictionalCountry country : countries) {
				csv.row(country.iso3(), country.name(), country.region());
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
