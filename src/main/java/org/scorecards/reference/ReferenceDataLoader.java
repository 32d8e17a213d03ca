package org.scorecards.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.scorecards.language.Language;

/**
 * Reads the three reference files. They are the monitoring body's own files, so a problem in them is a
 * failure of the run (with a located message), not a finding against a country.
 */
public final class ReferenceDataLoader {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	/** Longest country or region name: the longest in use is under 60 characters. */
	static final int MAX_NAME = 200;

	private ReferenceDataLoader() {
	}

	public static ReferenceData load(Path referenceDir) {
		Map<String, Country> countries = new TreeMap<>();
		read(referenceDir.resolve("countries.csv"), (file, record) -> {
			String iso3 = required(file, record, "iso3").toUpperCase(Locale.ROOT);
			if (!iso3.matches("[A-Z]{3}")) {
				throw new ReferenceDataException(file, record, "iso3 '" + iso3 + "' is not three letters A-Z");
			}
			String name = required(file, record, "name");
			if (name.length() > MAX_NAME) {
				// A 40,000-character name once stopped the cycle in the PDF layout ("Infinite loop creating new page").
				throw new ReferenceDataException(file, record, "name is " + name.length() + " characters long, above "
						+ MAX_NAME);
			}
			Country country = new Country(iso3, name, required(file, record, "region"), language(file, record));
			if (countries.putIfAbsent(iso3, country) != null) {
				throw new ReferenceDataException(file, record, "iso3 " + iso3 + " appears twice; keep one line per country");
			}
		});
		Map<String, Long> population = new HashMap<>();
		read(referenceDir.resolve("population.csv"), (file, record) -> {
			String key = ReferenceData.key(required(file, record, "iso3"), integer(file, record, "year"));
			long people = Long.parseLong(required(file, record, "population"));
			if (people <= 0) {
				// Every per-capita figure divides by it.
				throw new ReferenceDataException(file, record, "population must be above 0, not " + people);
			}
			if (population.putIfAbsent(key, people) != null) {
				throw new ReferenceDataException(file, record, "the population of " + record.get("iso3").strip() + " in "
						+ record.get("year").strip() + " is given twice; keep one line");
			}
		});
		Map<String, BigDecimal> rates = new HashMap<>();
		read(referenceDir.resolve("exchange_rates.csv"), (file, record) -> {
			BigDecimal rate = new BigDecimal(required(file, record, "per_usd"));
			if (rate.signum() <= 0) {
				throw new ReferenceDataException(file, record, "per_usd must be above 0");
			}
			String key = ReferenceData.key(required(file, record, "currency"), integer(file, record, "year"));
			if (rates.putIfAbsent(key, rate) != null) {
				throw new ReferenceDataException(file, record, "the rate of " + record.get("currency").strip() + " in "
						+ record.get("year").strip() + " is given twice; keep one line");
			}
		});
		return new ReferenceData(countries, population, rates);
	}

	private interface RecordHandler {

		void accept(Path file, CSVRecord record);

	}

	private static void read(Path file, RecordHandler handler) {
		// A byte order mark, as Excel writes with "CSV UTF-8", is not part of the first column's name.
		try (Reader reader = new InputStreamReader(
				BOMInputStream.builder().setPath(file).setByteOrderMarks(ByteOrderMark.UTF_8).get(), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			for (CSVRecord record : parser) {
				try {
					handler.accept(file, record);
				}
				catch (NumberFormatException ex) {
					throw new ReferenceDataException(file, record, "not a number: " + ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read reference file " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static String required(Path file, CSVRecord record, String column) {
		if (!record.isMapped(column)) {
			throw new ReferenceDataException(file, record, "column '" + column + "' missing from the header");
		}
		String value = record.get(column);
		if (value == null || value.isBlank()) {
			throw new ReferenceDataException(file, record, "'" + column + "' is empty");
		}
		return value.strip().replace("\uFEFF", "");
	}

	/** The optional {@code language} column; a country without one is published in English. */
	private static Language language(Path file, CSVRecord record) {
		if (!record.isMapped("language") || record.get("language").isBlank()) {
			return Language.EN;
		}
		try {
			return Language.of(record.get("language"));
		}
		catch (IllegalArgumentException ex) {
			throw new ReferenceDataException(file, record, ex.getMessage());
		}
	}

	private static int integer(Path file, CSVRecord record, String column) {
		return Integer.parseInt(required(file, record, column));
	}

	/** A reference file the run cannot use; says which file and line. */
	public static final class ReferenceDataException extends RuntimeException {

		ReferenceDataException(Path file, CSVRecord record, String problem) {
			super("%s (line %,d): %s".formatted(file, record.getRecordNumber() + 1, problem));
		}

	}
}
