package org.scorecards.cycle;

import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What one run (job execution) did, counted from the per-country worker steps it committed.
 *
 * <p>Not from the partitioned manager steps: a manager adds up its workers only when they have all ended,
 * so a killed run's manager counts nothing, and a resumed run skips the managers that had completed.
 *
 * @param countries countries this run scored or rendered
 * @param documents documents this run wrote (worker steps that committed, plus the summary steps)
 */
public record RunCounts(long countries, long documents) {

	/** Manager steps of a partition: their counts repeat those of their workers. */
	static final Set<String> PARTITIONED = Set.of("scoreCountries", "renderCountries");

	private static final String WORKER_SEPARATOR = ":";

	public static RunCounts of(JobExecution run) {
		long countries = run.getStepExecutions()
			.stream()
			.filter(RunCounts::isWorker)
			.filter(s -> s.getStatus() == BatchStatus.COMPLETED)
			.map(s -> s.getStepName().substring(s.getStepName().indexOf(WORKER_SEPARATOR) + 1))
			.distinct()
			.count();
		long documents = run.getStepExecutions()
			.stream()
			.filter(s -> !PARTITIONED.contains(s.getStepName()))
			.mapToLong(StepExecution::getWriteCount)
			.sum();
		return new RunCounts(countries, documents);
	}

	private static boolean isWorker(StepExecution step) {
		return step.getStepName().contains(WORKER_SEPARATOR);
	}
}
