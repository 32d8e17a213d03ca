package org.scorecards.cycle;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.springframework.batch.core.step.builder.StepBuilder;

/** The yearly cycle: validate and score every country, rank, render, publish the summary. */
@Configuration
class ScorecardJobConfiguration {

	static final String JOB = "scorecardJob";

	@Bean
	Job scorecardJob(JobRepository jobRepository, Step scoreCountries, Step rankCycle, Step renderCountries,
			Step publishSummary) {
		return new JobBuilder(JOB, jobRepository).start(scoreCountries)
			.next(rankCycle)
			.next(renderCountries)
			.next(publishSummary)
			.build();
	}

	@Bean
	Step publishSummary(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishSummaryTasklet tasklet) {
		return new StepBuilder("publishSummary", jobRepository).tasklet(tasklet, transactionManager).build();
	}
}
