package org.scorecards.intake;

/**
 * Records of a file in the order read, each with the line it starts on, and, in the last batch, how reading
 * ended: at the end of the file or on a failure of the file.
 */
final class RecordBatch {

	/** Records per batch: large enough that handing a batch to another thread costs little per record. */
	static final int SIZE = 1024;

	final String[][] values = new String[SIZE][];

	final long[] lines = new long[SIZE];

	/** Why a record cannot be used (a misplaced quote, an over-long field), else {@code null}. */
	final CsvScanner.Flaw[] flaws = new CsvScanner.Flaw[SIZE];

	/** How many fields each record had: its values may keep fewer. */
	final int[] fieldCounts = new int[SIZE];

	/**
	 * Set when the parsing thread checked the batch ahead: a record's values as its columns accept them, when
	 * every value passed; else {@code null}, and the reader checks the record itself, findings and all.
	 */
	final String[][] accepted = new String[SIZE][];

	/** With {@link #accepted}: whether every condition of the record holds with nothing to report. */
	final boolean[] quiet = new boolean[SIZE];

	int size;

	boolean last;

	/** Why the file could not be read further, thrown where the parser threw it. */
	Throwable failure;

	boolean isFull() {
		return size == SIZE;
	}

	void add(CsvScanner.Scanned record) {
		values[size] = record.values();
		lines[size] = record.line();
		flaws[size] = record.flaw();
		fieldCounts[size] = record.fieldCount();
		size++;
	}
}
