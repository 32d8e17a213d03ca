package org.scorecards.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.scorecards.cycle.CycleParameters;
import org.scorecards.language.Language;

/** Options that every cycle command takes. */
class CycleOptions {

	@Option(names = "--year", required = true, description = "Reporting year of the cycle, e.g. 2025.")
	int year;

	@Option(names = "--country", paramLabel = "ISO3", description = "Process this one country only.")
	String country;

	@Mixin
	SourceOptions source;

	@Mixin
	RepositoryOptions repository;

	@Option(names = "--rules", paramLabel = "FILE",
			description = "Validation rule catalogue (severities, messages, limits). Default: the bundled rules.yaml.")
	Path rules;

	@Option(names = "--templates", defaultValue = "templates", paramLabel = "DIR",
			description = "Report templates. Default: ${DEFAULT-VALUE}.")
	Path templates;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
			description = "Generation date printed on the outputs. Default: SOURCE_DATE_EPOCH, else today.")
	LocalDate asOf;

	@Option(names = "--workers", defaultValue = "0", description = "Countries processed in parallel. Default: the number of cores.")
	int workers;

	@Option(names = "--suppress-below", defaultValue = "5", paramLabel = "N",
			description = "Breakdown counts from 1 to N-1 are published as <N. Default: ${DEFAULT-VALUE}.")
	int suppressBelow;

	@Option(names = "--lang", paramLabel = "TAG",
			description = "Publish every document in this language (en, fr, es, ar, ru, zh). Default: each country's "
					+ "language in countries.csv, English where it has none; the summary in every language they use.")
	String lang;

	CycleParameters parameters() {
		if (country != null && !country.matches("(?i)[A-Z]{3}")) {
			throw new IllegalArgumentException("--country must be an ISO3 code such as XAA, not '" + country + "'");
		}
		if (suppressBelow < 1) {
			throw new IllegalArgumentException("--suppress-below must be at least 1");
		}
		return new CycleParameters(year, source.input, repository.output,
				country == null ? null : country.toUpperCase(Locale.ROOT), source.methodology, rules, templates, asOf != null ? asOf : defaultDate(), workers, suppressBelow, false,
				repository.state(), repository.feedback(), null, null, lang == null ? null : language(lang));
	}

	private static Language language(String tag) {
		try {
			return Language.of(tag);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--lang: " + ex.getMessage());
		}
	}

	/** Reproducible builds' convention: SOURCE_DATE_EPOCH pins the date. */
	private static LocalDate defaultDate() {
		String epoch = System.getenv("SOURCE_DATE_EPOCH");
		if (epoch != null && epoch.matches("\\d+")) {
			return LocalDate.ofEpochDay(Long.parseLong(epoch) / 86_400);
		}
		return LocalDate.now();
	}
}
