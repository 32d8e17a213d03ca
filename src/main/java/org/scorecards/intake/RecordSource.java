package org.scorecards.intake;

/** The records of one CSV file in batches, in file order, until a batch says it is the last. */
interface RecordSource extends AutoCloseable {

	RecordBatch next();

	@Override
	void close();
}
