package org.scorecards.intake;

/**
 * Records of a file in the order read, each with the line it starts on, and, in the last batch, how reading
 * ended: at the end of the file, at a record the parser could not return, or on a failure of the file.
 */
final class RecordBatch {

	/** Records per batch: large enough that handing a batch to another thread costs little per record. */
	static final int SIZE = 1024;

	final String[][] values = new String[SIZE][];

	final long[] lines = new long[SIZE];

	int size;

	boolean last;

	/** The line of the record the parser could not return, with its exception: reading stops there. */
	long syntaxLine;

	RuntimeException syntaxError;

	/** Why the file could not be read further, thrown where the parser threw it. */
	Throwable failure;

	boolean isFull() {
		return size == SIZE;
	}

	void add(String[] record, long line) {
		values[size] = record;
		lines[size] = line;
		size++;
	}
}
