package org.scorecards.spreadsheet;

/**
 * Text for a spreadsheet cell that a spreadsheet program must never run: a leading {@code = + - @} (or tab
 * or carriage return) would make it read the text as a formula, so such text gets a leading quote mark, as
 * OWASP advises against CSV and formula injection.
 */
public final class CellText {

	private CellText() {
	}

	/** The most characters a cell holds (Excel's limit; POI refuses more): a longer text is cut, marked with "…". */
	public static final int MAX_CELL_CHARACTERS = 32_767;

	/** Text that fits a cell: never more than {@link #MAX_CELL_CHARACTERS}, so no over-long text stops a workbook. */
	public static String fitted(String text) {
		return text == null || text.length() <= MAX_CELL_CHARACTERS ? text
				: text.substring(0, MAX_CELL_CHARACTERS - 1) + "…";
	}

	public static String defused(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}
}
