package org.scorecards.cycle;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Prints a line as each country partition finishes: done of total, stage, elapsed time. */
@Component
class Progress implements StepExecutionListener {

	private final AtomicInteger done = new AtomicInteger();

	private volatile long started = System.nanoTime();

	private volatile int total;

	private volatile String stage = "";

	void start(String stage, int total) {
		this.stage = stage;
		this.total = total;
		this.done.set(0);
		this.started = System.nanoTime();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getExecutionContext().containsKey(CountryPartitioner.ISO3)) {
			int n = done.incrementAndGet();
			double elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
			double remaining = n >= total ? 0 : elapsed / n * (total - n);
			System.out.printf("  %-9s %3d/%-3d %s  %-6s elapsed %5.1f s, about %5.1f s to go%n", stage, n, total,
					stepExecution.getExecutionContext().getString(CountryPartitioner.ISO3),
					stepExecution.getExitStatus().getExitCode().equals("COMPLETED") ? "done" : "FAILED", elapsed,
					remaining);
		}
		return null;
	}
}
