package org.scorecards.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.scorecards.OutputTree;
import org.scorecards.intake.InputTree;
import org.scorecards.language.Language;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.Country;
import org.scorecards.reference.ReferenceData;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.template.CountryTemplates;
import org.scorecards.template.WorkbookTemplate;

/** Needs no Spring context and no job repository: it only reads reference data and last year's workbooks. */
@Command(name = "template", mixinStandardHelpOptions = true, header = "Write the pre-filled indicator workbooks of a year.",
		description = { "Write the pre-filled indicator workbook of a year for every country of countries.csv",
				"(or one): <output>/<year>/templates/<ISO3>/indicators.xlsx. Last year's accepted values stand",
				"beside each row when <input>/<year-1>/<ISO3>/indicators.xlsx exists.",
				"Exit 0: written; 2: usage; 3: failure." })
class TemplateCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, description = "Reporting year the workbooks are for, e.g. 2026.")
	int year;

	@Option(names = "--country", paramLabel = "ISO3", description = "Write the workbook of this one country only.")
	String country;

	@Mixin
	SourceOptions source;

	@Option(names = "--output", defaultValue = "output", paramLabel = "DIR",
			description = "Output tree. Default: ${DEFAULT-VALUE}.")
	Path output;

	@Option(names = "--deadline", paramLabel = "YYYY-MM-DD",
			description = "Submission deadline printed in the instructions. Default: a placeholder.")
	LocalDate deadline;

	@Option(names = "--lang", paramLabel = "TAG",
			description = "Write every workbook in this language (en, fr, es, ar, ru, zh). Default: each country's "
					+ "language in countries.csv, English where it has none.")
	String lang;

	@Override
	public Integer call() {
		if (country != null && !country.matches("(?i)[A-Z]{3}")) {
			throw new IllegalArgumentException("--country must be an ISO3 code such as XAA, not '" + country + "'");
		}
		InputTree input = source.inputTree();
		OutputTree outputTree = new OutputTree(output);
		ReferenceData reference = ReferenceDataLoader.load(input.reference());
		Methodology loaded = MethodologyLoader.load(source.methodology);
		Collection<Country> countries = countries(reference, input);
		CountryTemplates templates = new CountryTemplates(input, outputTree, loaded,
				new WorkbookTemplate(loaded, deadline, input.synthetic()));
		Language language = lang == null ? null : language(lang);
		for (Country listed : countries) {
			Country each = language == null ? listed
					: new Country(listed.iso3(), listed.name(), listed.region(), language);
			int previous = templates.write(each, year);
			System.out.printf("%s  %s  (%s)%n", each.iso3(), CountryTemplates.target(outputTree, year, each.iso3()),
					previous == 0 ? "no values of " + (year - 1) : previous + " values of " + (year - 1));
		}
		System.out.printf("templates: %d written for %d in %s%n", countries.size(), year,
				CountryTemplates.target(outputTree, year, "ISO3").getParent().getParent());
		return ExitCodes.OK;
	}

	private static Language language(String tag) {
		try {
			return Language.of(tag);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("--lang: " + ex.getMessage());
		}
	}

	private Collection<Country> countries(ReferenceData reference, InputTree input) {
		if (country == null) {
			return reference.countries();
		}
		String iso3 = country.toUpperCase(Locale.ROOT);
		return List.of(reference.country(iso3)
			.orElseThrow(() -> new IllegalArgumentException(
					"country " + iso3 + " is not in " + input.countries())));
	}
}
