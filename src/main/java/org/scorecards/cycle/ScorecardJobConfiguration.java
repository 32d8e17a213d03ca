package org.scorecards.cycle;

import java.util.Set;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.scorecards.intake.CsvRules;
import org.scorecards.methodology.Methodology;
import org.scorecards.reference.ReferenceData;
import org.scorecards.validation.RuleCatalogue;

/**
 * The yearly cycle, read top-down: the workers, step 1 {@code scoreCountries} (read, validate and score each
 * country, one partition each), step 2 {@code rankCycle}, step 3 {@code renderCountries} (each country's
 * documents), step 4 {@code publishSummary}, then the job.
 */
@Configuration
class ScorecardJobConfiguration {

	static final String JOB = "scorecardJob";

	private static final String ISO3 = "#{stepExecutionContext['" + CountryPartitioner.ISO3 + "']}";

	/**
	 * Countries run on {@code scorecards.workers} threads (default: one per core). Each task carries the run it
	 * belongs to, so that job-scoped beans resolve on the worker threads too (Spring Batch registers the job
	 * context on the job's own thread only).
	 */
	@Bean
	TaskExecutor countryExecutor(@Value("${scorecards.workers:0}") int workers) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		int size = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
		executor.setCorePoolSize(size);
		executor.setMaxPoolSize(size);
		executor.setThreadNamePrefix("country-");
		executor.setTaskDecorator(task -> {
			JobContext context = JobSynchronizationManager.getContext();
			if (context == null) {
				return task;
			}
			JobExecution run = context.getJobExecution();
			return () -> {
				JobSynchronizationManager.register(run);
				try {
					task.run();
				}
				finally {
					JobSynchronizationManager.release();
				}
			};
		});
		executor.initialize();
		return executor;
	}

	// Step 1: every country of the cycle, or the one asked for.

	@Bean
	@StepScope
	Partitioner scorePartitioner(CycleParameters parameters, ReferenceData reference, Progress progress) {
		return new CountryPartitioner(parameters, reference, Set.of(), "scoring", progress);
	}

	@Bean
	@StepScope
	ScoreCountryTasklet scoreCountryTasklet(@Value(ISO3) String iso3, CycleParameters parameters,
			Methodology methodology, ReferenceData reference, RuleCatalogue catalogue, CsvRules csvRules) {
		return new ScoreCountryTasklet(iso3, parameters, new CountryCheck(parameters.inputTree(), parameters.year(),
				parameters.asOf(), methodology, reference, catalogue, csvRules, parameters.state().resolve("scores")));
	}

	@Bean
	Step scoreCountries(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScoreCountryTasklet scoreCountryTasklet, Partitioner scorePartitioner, TaskExecutor countryExecutor,
			Progress progress) {
		return partitioned("scoreCountries", "scoreCountry", jobRepository, transactionManager, scoreCountryTasklet,
				scorePartitioner, countryExecutor, progress);
	}

	// Step 2: ranks, regional averages and trends, and which other countries a re-run touches.

	@Bean
	@StepScope
	RankCycleTasklet rankCycleTasklet(CycleParameters parameters, Methodology methodology, Progress progress) {
		return new RankCycleTasklet(parameters, methodology, progress);
	}

	@Bean
	Step rankCycle(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RankCycleTasklet rankCycleTasklet) {
		return new StepBuilder("rankCycle", jobRepository).tasklet(rankCycleTasklet, transactionManager).build();
	}

	// Step 3: the disclosure audit of every table; a problem fails the run before anything is rendered.

	@Bean
	@StepScope
	AuditDisclosureTasklet auditDisclosureTasklet(CycleParameters parameters) {
		return new AuditDisclosureTasklet(parameters);
	}

	@Bean
	Step auditDisclosure(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AuditDisclosureTasklet auditDisclosureTasklet) {
		return new StepBuilder("auditDisclosure", jobRepository).tasklet(auditDisclosureTasklet, transactionManager)
			.build();
	}

	// Step 4: the countries scored now, and those whose rank or regional figures changed with them.

	@Bean
	@StepScope
	Partitioner renderPartitioner(CycleParameters parameters, ReferenceData reference, Progress progress,
			@Value("#{jobExecutionContext['" + RankCycleTasklet.AFFECTED + "']}") String affected) {
		return new CountryPartitioner(parameters, reference, RankCycleTasklet.affected(affected), "rendering", progress);
	}

	@Bean
	@StepScope
	RenderCountryTasklet renderCountryTasklet(@Value(ISO3) String iso3, CycleParameters parameters,
			Methodology methodology, CompiledReports reports, RuleCatalogue catalogue) {
		return new RenderCountryTasklet(iso3, parameters, new ReportAssembler(parameters, methodology),
				new CountryDocuments(parameters, reports, catalogue));
	}

	@Bean
	Step renderCountries(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RenderCountryTasklet renderCountryTasklet, Partitioner renderPartitioner, TaskExecutor countryExecutor,
			Progress progress) {
		return partitioned("renderCountries", "renderCountry", jobRepository, transactionManager,
				renderCountryTasklet, renderPartitioner, countryExecutor, progress);
	}

	// Step 5: the summary, the tidy tables and, last, the manifest.

	@Bean
	@StepScope
	PublishSummaryTasklet publishSummaryTasklet(CycleParameters parameters, Methodology methodology,
			ReferenceData reference, RuleCatalogue catalogue, CompiledReports reports, TaskExecutor countryExecutor,
			Progress progress) {
		return new PublishSummaryTasklet(parameters, new ReportAssembler(parameters, methodology), reference, catalogue,
				reports, countryExecutor, progress);
	}

	@Bean
	Step publishSummary(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishSummaryTasklet publishSummaryTasklet) {
		return new StepBuilder("publishSummary", jobRepository).tasklet(publishSummaryTasklet, transactionManager)
			.build();
	}

	@Bean
	Job scorecardJob(JobRepository jobRepository, CycleParametersValidator validator, Step scoreCountries,
			Step rankCycle, Step auditDisclosure, Step renderCountries, Step publishSummary, Progress progress) {
		return new JobBuilder(JOB, jobRepository).validator(validator)
			.listener(progress)
			.start(scoreCountries)
			.next(rankCycle)
			.next(auditDisclosure)
			.next(renderCountries)
			.next(publishSummary)
			.build();
	}

	/** A manager step that runs {@code tasklet} once per partition on the country workers. */
	static Step partitioned(String name, String workerName, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, Tasklet tasklet, Partitioner partitioner,
			TaskExecutor executor, Progress progress) {
		Step worker = new StepBuilder(workerName, jobRepository).tasklet(tasklet, transactionManager)
			.listener(progress)
			.build();
		return new StepBuilder(name, jobRepository).partitioner(workerName, partitioner)
			.step(worker)
			.taskExecutor(executor)
			.build();
	}
}
