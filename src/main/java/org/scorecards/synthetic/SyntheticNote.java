package org.scorecards.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code SYNTHETIC.md}: the pipeline treats inputs holding this file as synthetic and says so on every
 * document. It is written before any data, so even a tree left half-written is marked, and written again at
 * the end with what was generated and which errors were put in.
 */
final class SyntheticNote {

	static final String FILE = "SYNTHETIC.md";

	private final GeneratorOptions options;

	private final Path inputDir;

	SyntheticNote(GeneratorOptions options, Path inputDir) {
		this.options = options;
		this.inputDir = inputDir;
	}

	void writeProvisional() throws IOException {
		write(header() + "\nGeneration in progress or interrupted: this tree may be incomplete.\n");
	}

	void writeFinal(FaultPlan plan, Written victims, Written prosecutions, long records) throws IOException {
		write(header() + """

				## Contents

				%d fictional countries (codes XAA onwards, user-assigned in ISO 3166-1, so no real state),
				reporting years %s, %,d data rows in the per-country CSV files. Countries, people, texts and
				figures are invented; any resemblance to a real state or person is coincidental.

				## Deliberate errors, for validation to find

				- victims.csv: %,d of %,d rows (about 1 in %d) carry one error: sex `femal`, exploitation
				  `trafficking`, or an `identified_on` date outside the reporting year.
				- prosecutions.csv: %,d convicted rows (about 1 in %d convicted) have no `sentence_months`.
				- %s/%s/funding.csv is missing (funding not reported).
				- %s/%s/indicators.xlsx reports more MLA requests executed (PA.3b) than received (PA.3a).
				""".formatted(options.countries(), years(), records, victims.faults(), victims.rows(),
				VictimsWriter.FAULT_ONE_IN, prosecutions.faults(), ProsecutionsWriter.FAULT_ONE_IN,
				plan.missingFundingYear(), plan.missingFundingIso3(), plan.mlaYear(), plan.mlaIso3()));
	}

	private String header() {
		return """
				# Synthetic data

				Everything under this folder is synthetic: generated for fictional countries, for demonstration
				and testing only. It describes no real state, person or case. Generated with:

				    java -jar target/scorecards.jar generate%s --countries %d --years %s --records %d --seed %d --output %s

				The same command writes the same CSV files, byte for byte.
				""".formatted(profile(), options.countries(), years(), options.recordsPerCountry(), options.seed(),
				inputDir);
	}

	/** Left out for the demo profile, so the bundled note reads as it always did. */
	private String profile() {
		return options.profile() == Profile.DEMO ? "" : " --profile " + options.profile().name().toLowerCase(Locale.ROOT);
	}

	private String years() {
		return options.years().stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private void write(String text) throws IOException {
		Files.writeString(inputDir.resolve(FILE), text, StandardCharsets.UTF_8);
	}
}
