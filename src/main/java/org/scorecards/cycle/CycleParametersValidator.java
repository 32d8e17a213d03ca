package org.scorecards.cycle;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.stereotype.Component;

import org.scorecards.intake.InputTree;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.ReferenceData;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.validation.RuleCatalogue;

/**
 * Checks a run's parameters before either job starts, a restart included: an input tree with the year and the
 * country asked for, a methodology and rules that load, report templates. Each problem is one sentence a
 * person can act on.
 */
@Component
class CycleParametersValidator implements JobParametersValidator {

	@Override
	public void validate(JobParameters jobParameters) throws InvalidJobParametersException {
		try {
			check(CycleParameters.from(jobParameters));
		}
		catch (RuntimeException ex) {
			throw new InvalidJobParametersException(ex.getMessage());
		}
	}

	/** @throws IllegalArgumentException naming what is missing and what to do */
	void check(CycleParameters parameters) {
		InputTree input = parameters.inputTree();
		if (!Files.isRegularFile(input.countries())) {
			throw new IllegalArgumentException("no input tree at " + parameters.input()
					+ ": expected reference/countries.csv there (give --input DIR)");
		}
		ReferenceData reference = ReferenceDataLoader.load(input.reference());
		MethodologyLoader.load(parameters.methodology());
		if (parameters.rules() != null) {
			RuleCatalogue.load(parameters.rules());
		}
		Path yearInput = input.year(parameters.year());
		if (!Files.isDirectory(yearInput)) {
			throw new IllegalArgumentException("no submissions for " + parameters.year() + ": " + yearInput + " not found");
		}
		if (!Files.isRegularFile(parameters.templates().resolve("scorecard.jrxml"))) {
			throw new IllegalArgumentException("report templates not found in " + parameters.templates()
					+ ": run from the project folder or give --templates DIR");
		}
		if (parameters.draws() != null && parameters.draws() < 1) {
			throw new IllegalArgumentException("--draws must be at least 1, not " + parameters.draws());
		}
		if (parameters.country() != null && reference.country(parameters.country()).isEmpty()) {
			throw new IllegalArgumentException("country " + parameters.country() + " is not in " + input.countries());
		}
	}
}
