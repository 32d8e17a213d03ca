package org.scorecards.cycle;

import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps both jobs share: score every country (one partition each), rank the cycle, render each
 * country's documents. Partitions run on a pool of {@code scorecards.workers} threads.
 */
@Configuration
class CycleSteps {

	@Bean
	TaskExecutor countryExecutor(@Value("${scorecards.workers:0}") int workers) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		int size = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
		executor.setCorePoolSize(size);
		executor.setMaxPoolSize(size);
		executor.setThreadNamePrefix("country-");
		executor.initialize();
		return executor;
	}

	@Bean
	@StepScope
	Partitioner countryPartitioner(@Value("#{stepExecution}") StepExecution stepExecution, CycleResources resources,
			Progress progress) {
		CycleParameters parameters = CycleParameters.from(stepExecution.getJobParameters());
		boolean scoring = stepExecution.getStepName().startsWith("score");
		Set<String> affected = scoring ? Set.of()
				: RankCycleTasklet.affected(stepExecution.getJobExecution().getExecutionContext());
		CountryPartitioner countries = new CountryPartitioner(parameters, resources, affected);
		String stage = scoring ? "scoring" : "rendering";
		return gridSize -> {
			Map<String, org.springframework.batch.infrastructure.item.ExecutionContext> partitions = countries.partition(gridSize);
			progress.start(stage, partitions.size());
			return partitions;
		};
	}

	@Bean
	Step scoreCountries(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScoreCountryTasklet tasklet, Partitioner countryPartitioner, TaskExecutor countryExecutor, Progress progress) {
		return partitioned("scoreCountries", "scoreCountry", jobRepository, transactionManager, tasklet,
				countryPartitioner, countryExecutor, progress);
	}

	@Bean
	Step rankCycle(JobRepository jobRepository, PlatformTransactionManager transactionManager, RankCycleTasklet tasklet) {
		return new StepBuilder("rankCycle", jobRepository).tasklet(tasklet, transactionManager).build();
	}

	@Bean
	Step renderCountries(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RenderCountryTasklet tasklet, Partitioner countryPartitioner, TaskExecutor countryExecutor, Progress progress) {
		return partitioned("renderCountries", "renderCountry", jobRepository, transactionManager, tasklet,
				countryPartitioner, countryExecutor, progress);
	}

	private static Step partitioned(String name, String workerName, JobRepository jobRepository,
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
