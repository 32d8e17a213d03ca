package org.scorecards.cycle;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.scorecards.methodology.Methodology;
import org.scorecards.reference.ReferenceData;
import org.scorecards.validation.RuleCatalogue;

/**
 * Validation only, read top-down: step 1 {@code scoreCountries} (the cycle's own first step: reading and
 * checking are the first half of scoring), step 2 {@code publishFindings}, then the job.
 */
@Configuration
class ValidationJobConfiguration {

	static final String JOB = "validationJob";

	@Bean
	@StepScope
	PublishFindingsTasklet publishFindingsTasklet(CycleParameters parameters, Methodology methodology,
			ReferenceData reference, RuleCatalogue catalogue, CompiledReports reports) {
		return new PublishFindingsTasklet(parameters, new ReportAssembler(parameters, methodology), reference,
				catalogue, new CountryDocuments(parameters, reports, catalogue));
	}

	@Bean
	Step publishFindings(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishFindingsTasklet publishFindingsTasklet) {
		return new StepBuilder("publishFindings", jobRepository).tasklet(publishFindingsTasklet, transactionManager)
			.build();
	}

	@Bean
	Job validationJob(JobRepository jobRepository, CycleParametersValidator validator, Step scoreCountries,
			Step publishFindings, Progress progress) {
		return new JobBuilder(JOB, jobRepository).validator(validator)
			.listener(progress)
			.start(scoreCountries)
			.next(publishFindings)
			.build();
	}
}
