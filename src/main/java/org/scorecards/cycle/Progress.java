package org.scorecards.cycle;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Shows each country partition as it finishes: done of total, stage, elapsed and estimated time. On a
 * terminal one line is rewritten in place (failures keep a line of their own); otherwise, as in a log or a
 * pipe, each country gets a plain line.
 */
@Component
class Progress implements StepExecutionListener, JobExecutionListener {

	private final boolean terminal = System.console() != null;

	private boolean pending;

	private final AtomicInteger done = new AtomicInteger();

	private volatile long started = System.nanoTime();

	private volatile int total;

	private volatile String stage = "";

	/** The run the next job execution resumes, and that execution's attempt number; or null. */
	private volatile long[] resuming;

	synchronized void start(String stage, int total) {
		end();
		this.stage = stage;
		this.total = total;
		this.done.set(0);
		this.started = System.nanoTime();
	}

	/** A line of its own between the progress lines, e.g. what a re-run also touches. */
	synchronized void note(String line) {
		end();
		System.out.println(line);
	}

	/**
	 * Says, once the resuming execution has its id, which run it resumes: the run id is the execution's, as
	 * {@code runs} lists it and {@code restart} takes it, so the line and the summary's "(run N)" agree.
	 */
	void resuming(long run, long attempt) {
		resuming = new long[] { run, attempt };
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		long[] resumed = resuming;
		resuming = null;
		if (resumed != null) {
			note("run %d resumes run %d (attempt %d of this cycle): countries already done are kept"
				.formatted(jobExecution.getId(), resumed[0], resumed[1]));
		}
	}

	/** Ends a line left open on a terminal, before anything else is printed. */
	synchronized void end() {
		if (pending) {
			System.out.println();
			pending = false;
		}
	}

	@Override
	public synchronized ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getExecutionContext().containsKey(CountryPartitioner.ISO3)) {
			int n = done.incrementAndGet();
			double elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
			double remaining = n >= total ? 0 : elapsed / n * (total - n);
			boolean failed = !stepExecution.getExitStatus().getExitCode().equals("COMPLETED");
			String line = String.format("  %-9s %3d/%-3d %s  %-6s elapsed %5.1f s, about %5.1f s to go", stage, n,
					total, stepExecution.getExecutionContext().getString(CountryPartitioner.ISO3),
					failed ? "FAILED" : "done", elapsed, remaining);
			if (terminal && !failed) {
				System.out.print("\r" + line);
				pending = true;
				if (n >= total) {
					end();
				}
			}
			else {
				end();
				System.out.println(line);
			}
		}
		return null;
	}
}
