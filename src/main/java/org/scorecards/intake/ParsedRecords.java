package org.scorecards.intake;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads records off a {@link CsvScanner}, on the caller's thread, each with the physical line it starts on and
 * any flaw that makes it unusable: a flawed record is one record, rejected, and reading goes on after it.
 */
final class ParsedRecords implements RecordSource {

	private final CsvScanner scanner;

	ParsedRecords(CsvScanner scanner) {
		this.scanner = scanner;
	}

	@Override
	public RecordBatch next() {
		RecordBatch batch = new RecordBatch();
		try {
			while (!batch.isFull()) {
				CsvScanner.Scanned record = scanner.next();
				if (record == null) {
					batch.last = true;
					return batch;
				}
				batch.add(record);
			}
		}
		catch (IOException ex) {
			batch.failure = new UncheckedIOException(ex);
			batch.last = true;
		}
		catch (RuntimeException ex) {
			batch.failure = ex;
			batch.last = true;
		}
		return batch;
	}

	@Override
	public void close() {
		// The scanner belongs to the caller.
	}
}
