package org.scorecards.intake;

/**
 * One non-blank cell of the submitted workbook, as the streaming reader saw it: what validation reads and what
 * the validation workbook's annotated copy shows, so the submitted file is opened once.
 *
 * @param row zero-based row
 * @param column zero-based column
 * @param value by kind: the text; a number as the file stores it ({@code 3.0000000000000004}); a date as ISO
 * date-time; {@code true} or {@code false}; an error such as {@code #DIV/0!}; an uncalculated formula's text
 */
public record SubmittedCell(int row, int column, Kind kind, String value) {

	public enum Kind {
		TEXT, NUMBER, DATE, BOOLEAN, ERROR,
		/** A formula saved without its result: no value anybody saw. */
		UNCALCULATED
	}
}
