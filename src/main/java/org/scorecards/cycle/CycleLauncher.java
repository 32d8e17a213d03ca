package org.scorecards.cycle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import org.scorecards.AtomicFiles;
import org.scorecards.intake.IntakeCount;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.validation.RuleCatalogue;

/** Starts the cycle jobs and sums up what they did, for the command line. */
@Component
public class CycleLauncher {

	private static final Logger log = LoggerFactory.getLogger(CycleLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job scorecardJob;

	private final Job validationJob;

	private final CycleParametersValidator validator;

	private final Progress progress;

	CycleLauncher(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("scorecardJob") Job scorecardJob,
			@Qualifier("validationJob") Job validationJob, CycleParametersValidator validator, Progress progress) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.scorecardJob = scorecardJob;
		this.validationJob = validationJob;
		this.validator = validator;
		this.progress = progress;
	}

	public CycleResult run(CycleParameters parameters) throws Exception {
		return launch(scorecardJob, parameters);
	}

	public CycleResult validate(CycleParameters parameters) throws Exception {
		return launch(validationJob, parameters);
	}

	/** Fails early, before a job starts, on a year or country the inputs do not have: the jobs' own check. */
	public void check(CycleParameters parameters) {
		validator.check(parameters);
	}

	private CycleResult launch(Job job, CycleParameters parameters) throws Exception {
		check(parameters);
		try (OutputLock lock = OutputLock.take(parameters.output())) {
			AtomicFiles.removeLeftovers(new WorkArea(parameters).yearDir());
			long started = System.nanoTime();
			JobExecution execution = startOrResume(job, parameters);
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
			return summarise(execution, parameters, elapsed);
		}
	}

	/**
	 * The same command gives the same job parameters, so the operator itself restarts its last attempt when that
	 * failed or was killed (a kill leaves it marked running: it is recovered first); after a completed attempt,
	 * the next attempt starts afresh.
	 */
	private JobExecution startOrResume(Job job, CycleParameters parameters) throws Exception {
		long attempt = 1;
		JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters.toJobParameters(attempt));
		while (last != null && (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED)) {
			attempt++;
			last = jobRepository.getLastJobExecution(job.getName(), parameters.toJobParameters(attempt));
		}
		if (last != null) {
			if (last.getStatus().isRunning()) {
				log.warn("run {} was interrupted (the process ended while it ran); resuming it", last.getId());
				last = jobOperator.recover(last);
			}
			List<String> changed = changedInputs(parameters);
			if (changed.isEmpty()) {
				progress.resuming(last.getId(), attempts(last) + 1);
			}
			else {
				// Its finished steps would be skipped, and the stale work files of those countries reused.
				progress.note("not resuming run " + last.getId() + ": the inputs of " + String.join(", ", changed)
						+ " changed since it scored them; starting afresh");
				jobOperator.abandon(last);
				attempt++;
			}
		}
		return jobOperator.start(job, parameters.toJobParameters(attempt));
	}

	/** How many attempts the run's job instance has had: the resumed one is the next. */
	private int attempts(JobExecution last) {
		return jobRepository.getJobExecutions(last.getJobInstance()).size();
	}

	/**
	 * The countries of the run whose work file was made from other files than those on disk now, whichever
	 * it depends on (the year's submission, the two years before, reference data, methodology, rules): a run
	 * that stopped on an oversized value, then resumed after the fix, used to reuse the stale outcome and fail again.
	 */
	private static List<String> changedInputs(CycleParameters parameters) {
		Methodology methodology = MethodologyLoader.load(parameters.methodology());
		RuleCatalogue catalogue = RuleCatalogue.load(parameters.rules());
		return new WorkArea(parameters).outcomes()
			.stream()
			.filter(o -> parameters.country() == null || o.country().iso3().equals(parameters.country()))
			.filter(o -> !CountryCheck.currentDependencies(parameters.inputTree(), parameters.year(), o.country().iso3(),
					methodology, catalogue)
				.equals(o.dependencies()))
			.map(o -> o.country().iso3())
			.toList();
	}

	/** Restarts a failed or interrupted run by its id, whatever its parameters. */
	public CycleResult restart(long executionId) throws Exception {
		JobExecution last;
		try {
			last = jobRepository.getJobExecution(executionId);
		}
		catch (org.springframework.dao.IncorrectResultSizeDataAccessException ex) {
			last = null; // the JDBC repository's way of saying there is none
		}
		if (last == null) {
			throw new IllegalArgumentException("no run " + executionId + " in the job repository (see the runs command)");
		}
		CycleParameters parameters = CycleParameters.from(last.getJobParameters());
		if (last.getStatus().isRunning()) {
			last = jobOperator.recover(last);
		}
		if (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED) {
			throw new IllegalArgumentException("run " + executionId + " is " + last.getStatus().name().toLowerCase()
					+ "; only a failed or interrupted run can be restarted");
		}
		check(parameters);
		try (OutputLock lock = OutputLock.take(parameters.output())) {
			return restart(last, parameters);
		}
	}

	private CycleResult restart(JobExecution last, CycleParameters parameters) throws Exception {
		AtomicFiles.removeLeftovers(new WorkArea(parameters).yearDir());
		if (!changedInputs(parameters).isEmpty()) {
			// Restarted as such, the run would reuse stale work: the same command starts it afresh instead.
			Job job = last.getJobInstance().getJobName().equals(validationJob.getName()) ? validationJob : scorecardJob;
			long started = System.nanoTime();
			JobExecution execution = startOrResume(job, parameters);
			return summarise(execution, parameters, Duration.ofNanos(System.nanoTime() - started));
		}
		long started = System.nanoTime();
		progress.resuming(last.getId(), attempts(last) + 1);
		JobExecution execution = jobOperator.restart(last);
		return summarise(execution, parameters, Duration.ofNanos(System.nanoTime() - started));
	}

	/** The most recent runs, newest first, with the steps each ran. */
	public List<JobExecution> runs(int count) {
		return jobRepository.getJobNames()
			.stream()
			.flatMap(name -> jobRepository.getJobInstances(name, 0, count).stream())
			.flatMap(instance -> jobRepository.getJobExecutions(instance).stream())
			.sorted(java.util.Comparator.comparing(JobExecution::getId).reversed())
			.limit(count)
			.toList();
	}

	private CycleResult summarise(JobExecution execution, CycleParameters parameters, Duration elapsed) {
		progress.end();
		WorkArea work = new WorkArea(parameters);
		List<CountryOutcome> outcomes = work.outcomes()
			.stream()
			.filter(o -> parameters.country() == null || o.country().iso3().equals(parameters.country()))
			.toList();
		long documents = RunCounts.of(execution).documents();
		return new CycleResult(execution.getStatus() == BatchStatus.COMPLETED, execution.getId(),
				count(outcomes, CountryStatus.RATED) + count(outcomes, CountryStatus.LOW_COVERAGE),
				count(outcomes, CountryStatus.LOW_COVERAGE), count(outcomes, CountryStatus.NOT_RATED),
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
