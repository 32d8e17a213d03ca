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

import org.scorecards.OutputTree;
import org.scorecards.cycle.CycleLauncher;
import org.scorecards.cycle.CycleParameters;
import org.scorecards.cycle.Publication;
import org.scorecards.submission.Account;
import org.scorecards.submission.AuditTrail;
import org.scorecards.submission.Cycle;
import org.scorecards.submission.Cycles;
import org.scorecards.submission.Decisions;
import org.scorecards.submission.Publications;
import org.scorecards.submission.SubmissionStore;
import org.scorecards.submission.UploadRefused;

/**
 * The cycle's batch job launched from the desk, inside the server (no new JVM), one run at a time; its job
 * repository is the application database, so the desk reads the progress from there. Runs before
 * publication write drafts, watermarked DRAFT; publishing renders the final documents and freezes the cycle;
 * a correction after it re-renders one country (and those it moves) as the next published version.
 */
@Component
@ConditionalOnWebApplication
class DeskRuns {

	/** What the desk shows of the latest run. */
	record Progress(long id, String status, int scored, int rendered, int countries, String startedAt, String error) {

		/** Public: the desk's template calls it, and SpEL finds public methods only. */
		public boolean running() {
			return status.equals("STARTING") || status.equals("STARTED");
		}
	}

	private final CycleLauncher launcher;

	private final JobRepository repository;

	private final Cycles cycles;

	private final Publications publications;

	private final Decisions decisions;

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

	DeskRuns(CycleLauncher launcher, JobRepository repository, Cycles cycles, Publications publications,
			Decisions decisions, SubmissionStore store, AuditTrail audit, Clock clock,
			@Value("${scorecards.output:output}") Path output, @Value("${scorecards.templates:templates}") Path templates) {
		this.launcher = launcher;
		this.repository = repository;
		this.cycles = cycles;
		this.publications = publications;
		this.decisions = decisions;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.output = output;
		this.templates = templates;
	}

	/** Starts a draft run of the cycle, or of one country, or the publication; refuses while another runs. */
	synchronized void start(Account actor, int year, String country, boolean publish) {
		Cycle cycle = runnable(year);
		if (cycle.published()) {
			throw UploadRefused.because(409, "published", year);
		}
		check(parameters(cycle, country, null));
		launch(actor, cycle, country, publish ? publications.prepare(actor, year, null, null) : null);
	}

	/**
	 * Publishes a correction of one country after the cycle: its documents, and those of the countries whose
	 * rank or regional figures change with it, become the next published version; its card prints the reason.
	 */
	synchronized void correct(Account actor, int year, String country, String reason) {
		Cycle cycle = runnable(year);
		if (!cycle.published()) {
			throw UploadRefused.because(409, "not-published", year);
		}
		if (decisions.reopenedForCorrection(cycle, country)) {
			throw UploadRefused.because(409, "reopened", country);
		}
		check(parameters(cycle, country, null));
		launch(actor, cycle, country, publications.prepare(actor, year, country, reason));
	}

	private Cycle runnable(int year) {
		if (current != null && !current.isDone()) {
			throw UploadRefused.because(409, "run-in-progress");
		}
		return cycles.find(year).orElseThrow(() -> UploadRefused.because(404, "no-cycle", year));
	}

	/** A draft's documents are dated today; a published version's the day it was recorded, whenever it runs. */
	private CycleParameters parameters(Cycle cycle, String country, Publication publication) {
		LocalDate asOf = LocalDate.ofInstant(publication == null ? clock.instant() : publication.publishedAt(),
				ZoneOffset.UTC);
		return new CycleParameters(cycle.year(), store.input().root(), output, country, cycle.methodology(), null,
				templates, asOf, 0, 5, publication == null, CycleParameters.besideOutput(output, "state"),
				CycleParameters.besideOutput(output, "feedback"), null, null,
				publication == null ? null : publications.record(cycle.year(), publication));
	}

	private void check(CycleParameters parameters) {
		try {
			launcher.check(parameters);
		}
		catch (IllegalArgumentException ex) {
			throw UploadRefused.because(400, "run-check", ex.getMessage());
		}
	}

	private void launch(Account actor, Cycle cycle, String country, Publication publication) {
		int year = cycle.year();
		CycleParameters parameters = parameters(cycle, country, publication);
		String what = publication == null ? "draft run" + (country == null ? " of the cycle" : " of " + country)
				: publication.correction() ? "correction of " + country + " (version " + publication.version() + ")"
						: "publication" + (country == null ? " of the cycle" : " of " + country);
		audit.record(actor.email(), publication == null ? "run.start" : "run.publish", year, country, what, null,
				"started");
		lastError = null;
		current = executor.submit(() -> {
			try {
				var result = launcher.run(parameters);
				if (result.completed() && publication != null) {
					publications.published(year, publication, new OutputTree(output).year(year));
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
