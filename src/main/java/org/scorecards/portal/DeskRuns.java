package org.scorecards.portal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import org.scorecards.cycle.CycleLauncher;
import org.scorecards.cycle.CycleParameters;
import org.scorecards.submission.Account;
import org.scorecards.submission.AuditTrail;
import org.scorecards.submission.Cycle;
import org.scorecards.submission.Cycles;
import org.scorecards.submission.SubmissionStore;
import org.scorecards.submission.UploadRefused;

/**
 * The cycle's batch job launched from the desk, inside the server (no new JVM), one run at a time; its job
 * repository is the application database, so the desk reads the progress from there. Runs before
 * publication write drafts, watermarked DRAFT; publishing renders the final documents and freezes the cycle.
 */
@Component
@ConditionalOnWebApplication
class DeskRuns {

	/** What the desk shows of the latest run. */
	record Progress(long id, String status, int scored, int rendered, int countries, String startedAt, String error) {

		boolean running() {
			return status.equals("STARTING") || status.equals("STARTED");
		}
	}

	private final CycleLauncher launcher;

	private final JobRepository repository;

	private final Cycles cycles;

	private final SubmissionStore store;

	private final AuditTrail audit;

	private final Clock clock;

	private final Path output;

	private final Path templates;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "desk-run");
		thread.setDaemon(true);
		return thread;
	});

	private Future<?> current;

	private volatile String lastError;

	DeskRuns(CycleLauncher launcher, JobRepository repository, Cycles cycles, SubmissionStore store, AuditTrail audit,
			Clock clock, @Value("${scorecards.output:output}") Path output,
			@Value("${scorecards.templates:templates}") Path templates) {
		this.launcher = launcher;
		this.repository = repository;
		this.cycles = cycles;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.output = output;
		this.templates = templates;
	}

	/** Starts the run of the cycle, or of one country; refuses while another runs. */
	synchronized void start(Account actor, int year, String country, boolean publish) {
		if (current != null && !current.isDone()) {
			throw UploadRefused.because(409, "run-in-progress");
		}
		Cycle cycle = cycles.find(year).orElseThrow(() -> UploadRefused.because(404, "no-cycle", year));
		if (cycle.published()) {
			throw UploadRefused.because(409, "published", year);
		}
		CycleParameters parameters = new CycleParameters(year, store.input().root(), output, country,
				cycle.methodology(), null, templates, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), 0, 5,
				!publish);
		try {
			launcher.check(parameters);
		}
		catch (IllegalArgumentException ex) {
			throw UploadRefused.because(400, "run-check", ex.getMessage());
		}
		String what = (publish ? "publication" : "draft run") + (country == null ? " of the cycle" : " of " + country);
		audit.record(actor.email(), publish ? "run.publish" : "run.start", year, country, what, null, "started");
		lastError = null;
		current = executor.submit(() -> {
			try {
				var result = launcher.run(parameters);
				if (publish && result.completed()) {
					cycles.published(year, actor.email());
				}
				else if (result.completed()) {
					cycles.draftsOffered(year, actor.email());
				}
				audit.record(actor.email(), "run.end", year, country, what + ": " + result.rated() + " rated, "
						+ result.blocked() + " blocked, " + result.documents() + " documents", "started",
						result.completed() ? "completed" : "failed");
			}
			catch (Exception ex) {
				lastError = ex.getMessage();
				audit.record(actor.email(), "run.end", year, country, what + " failed: " + ex.getMessage(), "started",
						"failed");
			}
		});
	}

	/** The latest run of the cycle's job, from the job repository; {@code null} when there is none. */
	Progress latest(int year, int countries) {
		List<JobInstance> instances = repository.getJobInstances("scorecardJob", 0, 20);
		JobExecution latest = null;
		for (JobInstance instance : instances) {
			for (JobExecution execution : repository.getJobExecutions(instance)) {
				Long runYear = execution.getJobParameters().getLong("year");
				if (runYear != null && runYear == year && (latest == null || execution.getId() > latest.getId())) {
					latest = execution;
				}
			}
		}
		if (latest == null) {
			return null;
		}
		int scored = 0;
		int rendered = 0;
		for (StepExecution step : latest.getStepExecutions()) {
			boolean done = step.getStatus().name().equals("COMPLETED");
			scored += done && step.getStepName().startsWith("scoreCountry:") ? 1 : 0;
			rendered += done && step.getStepName().startsWith("renderCountry:") ? 1 : 0;
		}
		return new Progress(latest.getId(), latest.getStatus().name(), scored, rendered, countries,
				latest.getStartTime() == null ? "" : latest.getStartTime().toString(), lastError);
	}
}
