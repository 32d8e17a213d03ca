package org.scorecards.intake;

import java.util.List;
import java.util.Map;

/**
 * Where named columns sit in the records of a file, looked up once per file instead of by name for every
 * record: rows of one file share their column index, so a change of index means a new file.
 */
final class ColumnPositions {

	private final String[] columns;

	private Map<String, Integer> resolvedFor;

	private int[] positions;

	ColumnPositions(List<String> columns) {
		this.columns = columns.toArray(new String[0]);
	}

	/** Positions of the columns in this row, -1 for a column the file does not have. */
	int[] of(CsvRow row) {
		if (row.index() != resolvedFor) {
			int[] resolved = new int[columns.length];
			for (int i = 0; i < columns.length; i++) {
				resolved[i] = row.index().getOrDefault(columns[i], -1);
			}
			positions = resolved;
			resolvedFor = row.index();
		}
		return positions;
	}
}
