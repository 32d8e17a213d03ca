package org.scorecards.cycle;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Validation only: read and check every country, publish findings for the focal points. */
@Configuration
class ValidationJobConfiguration {

	static final String JOB = "validationJob";

	@Bean
	Job validationJob(JobRepository jobRepository, Step scoreCountries, Step publishFindings) {
		return new JobBuilder(JOB, jobRepository).start(scoreCountries).next(publishFindings).build();
	}

	@Bean
	Step publishFindings(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishFindingsTasklet tasklet) {
		return new StepBuilder("publishFindings", jobRepository).tasklet(tasklet, transactionManager).build();
	}
}
