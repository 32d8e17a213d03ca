package org.scorecards.cycle;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;

import org.scorecards.intake.CsvRules;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.ReferenceData;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.validation.RuleCatalogue;

/**
 * What every step of one run shares, read once per run from its job parameters: the parameters themselves,
 * the methodology, the rules and the reference data. Job-scoped, so a later run in the same process (the
 * portal's, or a corrected file's) reads its inputs anew. They are records and final classes, which a scoped
 * proxy cannot subclass, so they are handed only to step-scoped beans, created inside the run; the country
 * workers see the run through {@link ScorecardJobConfiguration#countryExecutor}.
 */
@Configuration
class CycleRunConfiguration {

	static final String RUN = "job";

	@Bean
	@Scope(value = RUN, proxyMode = ScopedProxyMode.NO)
	CycleParameters cycleParameters(@Value("#{jobExecution}") JobExecution execution) {
		return CycleParameters.from(execution.getJobParameters());
	}

	@Bean
	@Scope(value = RUN, proxyMode = ScopedProxyMode.NO)
	Methodology methodology(CycleParameters parameters) {
		return MethodologyLoader.load(parameters.methodology());
	}

	@Bean
	@Scope(value = RUN, proxyMode = ScopedProxyMode.NO)
	ReferenceData referenceData(CycleParameters parameters) {
		return ReferenceDataLoader.load(parameters.inputTree().reference());
	}

	@Bean
	@Scope(value = RUN, proxyMode = ScopedProxyMode.NO)
	RuleCatalogue ruleCatalogue(CycleParameters parameters) {
		return parameters.rules() == null ? RuleCatalogue.bundled() : RuleCatalogue.load(parameters.rules());
	}

	@Bean
	@Scope(value = RUN, proxyMode = ScopedProxyMode.NO)
	CsvRules csvRules() {
		return CsvRules.bundled();
	}
}
