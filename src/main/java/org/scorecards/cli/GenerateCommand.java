package org.scorecards.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.scorecards.synthetic.GenerationResult;
import org.scorecards.synthetic.GeneratorOptions;
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

	@Override
	public Integer call() throws Exception {
		if (countries < 1 || countries > 676 || records < 0 || years.isEmpty()) {
			throw new IllegalArgumentException("--countries must be 1 to 676 and --records at least 0");
		}
		GenerationResult result = new SyntheticDataGenerator(new GeneratorOptions(countries, years, records, seed))
			.generate(output);
		System.out.printf("generated %d countries x %d years: %,d files, %,d records in %s%n", result.countries(),
				result.years(), result.files(), result.records(), output);
		return ExitCodes.OK;
	}
}
