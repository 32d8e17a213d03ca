package org.scorecards.intake;

import java.util.List;
import java.util.Map;

/**
 * A visible sheet of the submitted workbook as the annotated copy shows it: the contract's columns only, and
 * only its first {@link #MAX_ROWS} rows that hold a value. A real submission has under 30; a sheet of a
 * million rows would otherwise be carried to the validation workbook whole.
 *
 * @param cells the copied cells, by row
 * @param columnWidths column index to width, in 1/256 of a character, where the file set one
 * @param mergedRegions merged ranges inside the copied rows and columns, as {@code A1:F1}
 * @param rowsLeftOut rows holding a value after the first {@link #MAX_ROWS}, not copied
 */
public record SubmittedSheet(String name, List<SubmittedCell> cells, Map<Integer, Integer> columnWidths,
		List<String> mergedRegions, int rowsLeftOut) {

	public static final int MAX_ROWS = 200;

	/** The last row copied, zero-based, or -1 when the sheet is empty. */
	public int lastRow() {
		return cells.stream().mapToInt(SubmittedCell::row).max().orElse(-1);
	}
}
