package org.scorecards.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import org.scorecards.synthetic.GenerationResult;
import org.scorecards.synthetic.GeneratorOptions;
import org.scorecards.synthetic.Profile;
import org.scorecards.synthetic.SyntheticDataGenerator;

@Command(name = "generate", mixinStandardHelpOptions = true, header = "Write a synthetic input tree of fictional countries.",
		description = { "Write a deterministic synthetic input tree: fictional countries (ISO codes XAA-XZZ),",
				"reference files, and per year and country a workbook and the four CSV files." })
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--countries", defaultValue = "10", description = "Number of countries. Default: ${DEFAULT-VALUE}.")
	int countries;

	@Option(names = "--years", defaultValue = "2023,2024,2025", split = ",", description = "Years. Default: ${DEFAULT-VALUE}.")
	List<Integer> years;

	@Option(names = "--records", defaultValue = "300",
			description = "Typical victims per country and year (other files scale with it). Default: ${DEFAULT-VALUE}.")
	int records;

	@Option(names = "--seed", defaultValue = "2025", description = "Random seed. Default: ${DEFAULT-VALUE}.")
	long seed;

	@Option(names = "--output", defaultValue = "input", paramLabel = "DIR", description = "Where to write. Default: ${DEFAULT-VALUE}.")
	Path output;

	@Option(names = "--profile", paramLabel = "NAME",
			description = { "Data at benchmark scale (the options above, when given, still apply):",
					"  realistic: 195 countries, 2023-2025, volumes skewed as in real statistics",
					"             (median 300 victims, a few countries over 10,000);",
					"  stress:    one country, 2025, exactly 10,000,000 victims and 2,000,000 defendants.",
					"Default: the demo data." })
	String profile;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Profile chosen = profile();
		applyProfileDefaults(chosen);
		if (countries < 1 || countries > 676 || records < 0 || years.isEmpty()) {
			throw new IllegalArgumentException("--countries must be 1 to 676 and --records at least 0");
		}
		GenerationResult result = new SyntheticDataGenerator(
				new GeneratorOptions(countries, years, records, seed, chosen))
			.generate(output);
		System.out.printf("generated %d countries x %d years: %,d files, %,d records in %s%n", result.countries(),
				result.years(), result.files(), result.records(), output);
		return ExitCodes.OK;
	}

	private Profile profile() {
		if (profile == null) {
			return Profile.DEMO;
		}
		return switch (profile.toLowerCase(Locale.ROOT)) {
			case "realistic" -> Profile.REALISTIC;
			case "stress" -> Profile.STRESS;
			default -> throw new IllegalArgumentException(
					"--profile is '" + profile + "', expected realistic or stress");
		};
	}

	/** A profile sets the scale; an option given on the command line wins over it. */
	private void applyProfileDefaults(Profile chosen) {
		ParseResult given = spec.commandLine().getParseResult();
		switch (chosen) {
			case REALISTIC -> {
				countries = given.hasMatchedOption("--countries") ? countries : 195;
				years = given.hasMatchedOption("--years") ? years : List.of(2023, 2024, 2025);
				records = given.hasMatchedOption("--records") ? records : 300;
			}
			case STRESS -> {
				countries = given.hasMatchedOption("--countries") ? countries : 1;
				years = given.hasMatchedOption("--years") ? years : List.of(2025);
				records = given.hasMatchedOption("--records") ? records : 10_000_000;
			}
			case DEMO -> {
			}
		}
	}
}
