package org.scorecards.intake;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Parses a large file on a thread of its own, a few batches ahead of the caller that validates them, so
 * parsing and validation share two cores instead of taking turns on one. The records, their lines and how
 * reading ended are exactly those of {@link ParsedRecords}, which does the parsing; only the thread differs.
 * Memory stays bounded: at most {@link #DEPTH} batches wait in the queue. The parsing thread may also check each
 * batch ahead ({@code checkAhead}): per record work that depends on the record alone, so that the caller keeps
 * only what needs the records in order (uniqueness, tallies, findings).
 */
final class ParseAhead implements RecordSource {

	/** Batches parsed ahead at most: a few megabytes, enough to ride over the jitter of either side. */
	static final int DEPTH = 4;

	private final BlockingQueue<RecordBatch> queue = new ArrayBlockingQueue<>(DEPTH);

	private final Thread parsing;

	private volatile boolean closed;

	/** @param checkAhead run on the parsing thread on each batch, or {@code null} */
	ParseAhead(ParsedRecords records, String name, Consumer<RecordBatch> checkAhead) {
		this.parsing = new Thread(() -> parse(records, checkAhead), "csv-parse " + name);
		this.parsing.setDaemon(true);
		this.parsing.start();
	}

	private void parse(ParsedRecords records, Consumer<RecordBatch> checkAhead) {
		RecordBatch batch;
		do {
			try {
				batch = records.next();
				if (checkAhead != null) {
					checkAhead.accept(batch);
				}
			}
			catch (Throwable ex) {
				// An error (out of memory, say) is handed over too: the caller throws it where it would have.
				batch = new RecordBatch();
				batch.failure = ex;
				batch.last = true;
			}
		}
		while (handOver(batch) && !batch.last);
	}

	/** {@code false} when the caller has stopped reading. */
	private boolean handOver(RecordBatch batch) {
		try {
			while (!closed) {
				if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	@Override
	public RecordBatch next() {
		try {
			return queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading", ex);
		}
	}

	/** Stops the parsing thread (it may be ahead, or the caller may stop early) before the parser is closed. */
	@Override
	public void close() {
		closed = true;
		queue.clear();
		boolean interrupted = false;
		while (parsing.isAlive()) {
			try {
				parsing.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
