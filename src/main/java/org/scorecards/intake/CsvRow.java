package org.scorecards.intake;

import java.util.Map;

/** An accepted CSV record with normalised values (codes lower case, countries upper case), by column name. */
public final class CsvRow {

	private final Map<String, Integer> index;

	private final String[] values;

	CsvRow(Map<String, Integer> index, String[] values) {
		this.index = index;
		this.values = values;
	}

	/** The value of a column, empty when the column is absent or the field empty. */
	public String get(String column) {
		Integer i = index.get(column);
		return i == null ? "" : get(i);
	}

	/** The value at a position of {@link #index()} (-1: absent), resolved once per file by code run for every record. */
	String get(int position) {
		return position < 0 || values[position] == null ? "" : values[position];
	}

	/** Column name to position; the same instance for every record of a file. */
	Map<String, Integer> index() {
		return index;
	}
}
