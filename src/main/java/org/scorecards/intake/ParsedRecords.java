package org.scorecards.intake;

import java.util.Iterator;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads records off a Commons CSV parser, on the caller's thread, with the line each starts on: one past the
 * line the previous record ended on, so a quoted line break inside a record keeps later lines physical.
 */
final class ParsedRecords implements RecordSource {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private long previousEnd;

	ParsedRecords(CSVParser parser, Iterator<CSVRecord> records) {
		this.parser = parser;
		this.records = records;
		this.previousEnd = parser.getCurrentLineNumber();
	}

	@Override
	public RecordBatch next() {
		RecordBatch batch = new RecordBatch();
		try {
			while (!batch.isFull()) {
				// hasNext() parses the next record: a malformed file fails here, as a failure of the file.
				if (!records.hasNext()) {
					batch.last = true;
					return batch;
				}
				long line = previousEnd + 1;
				CSVRecord record;
				try {
					record = records.next();
				}
				catch (RuntimeException ex) {
					batch.syntaxLine = line;
					batch.syntaxError = ex;
					batch.last = true;
					return batch;
				}
				previousEnd = parser.getCurrentLineNumber();
				batch.add(record.values(), line);
			}
		}
		catch (RuntimeException ex) {
			batch.failure = ex;
			batch.last = true;
		}
		return batch;
	}

	@Override
	public void close() {
		// The parser belongs to the caller.
	}
}
