package org.scorecards.cycle;

import java.time.Duration;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import org.scorecards.scoring.CountryStatus;
import org.scorecards.validation.IntakeCount;

/** Starts the cycle jobs and sums up what they did, for the command line. */
@Component
public class CycleLauncher {

	private final JobOperator jobOperator;

	private final Job scorecardJob;

	private final Job validationJob;

	private final CycleResources resources;

	CycleLauncher(JobOperator jobOperator, @Qualifier("scorecardJob") Job scorecardJob,
			@Qualifier("validationJob") Job validationJob, CycleResources resources) {
		this.jobOperator = jobOperator;
		this.scorecardJob = scorecardJob;
		this.validationJob = validationJob;
		this.resources = resources;
	}

	public CycleResult run(CycleParameters parameters) throws Exception {
		return launch(scorecardJob, parameters);
	}

	public CycleResult validate(CycleParameters parameters) throws Exception {
		return launch(validationJob, parameters);
	}

	/** Fails early, before a job starts, on a year or country the inputs do not have. */
	public void check(CycleParameters parameters) {
		resources.forgetInputs();
		var reference = resources.reference(parameters);
		resources.methodology(parameters);
		if (parameters.country() != null && reference.country(parameters.country()).isEmpty()) {
			throw new IllegalArgumentException("country " + parameters.country() + " is not in "
					+ parameters.input().resolve("reference/countries.csv"));
		}
	}

	private CycleResult launch(Job job, CycleParameters parameters) throws Exception {
		check(parameters);
		long started = System.nanoTime();
		JobExecution execution = jobOperator.start(job, parameters.toJobParameters(System.currentTimeMillis()));
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		WorkArea work = new WorkArea(parameters);
		List<CountryOutcome> outcomes = work.outcomes()
			.stream()
			.filter(o -> parameters.country() == null || o.country().iso3().equals(parameters.country()))
			.toList();
		// Worker steps (named step:partition) are already summed into their manager step.
		long documents = execution.getStepExecutions()
			.stream()
			.filter(s -> !s.getStepName().contains(":"))
			.mapToLong(s -> s.getWriteCount())
			.sum();
		return new CycleResult(execution.getStatus() == BatchStatus.COMPLETED, execution.getId(),
				count(outcomes, CountryStatus.RATED), count(outcomes, CountryStatus.NOT_RATED),
				count(outcomes, CountryStatus.BLOCKED),
				outcomes.stream().flatMap(o -> o.intake().stream()).mapToLong(IntakeCount::read).sum(),
				outcomes.stream().flatMap(o -> o.intake().stream()).mapToLong(IntakeCount::rejected).sum(),
				outcomes.stream().flatMap(o -> o.findings().stream()).filter(f -> f.isError()).count(),
				outcomes.stream().flatMap(o -> o.findings().stream()).filter(f -> !f.isError()).count(),
				documents, elapsed,
				execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst().orElse(null));
	}

	private static long count(List<CountryOutcome> outcomes, CountryStatus status) {
		return outcomes.stream().filter(o -> o.score().status() == status).count();
	}
}
