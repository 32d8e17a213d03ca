package org.scorecards.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Collects, as a sheet streams by, what its annotated copy shows: the contract's columns of the first
 * {@link SubmittedSheet#MAX_ROWS} rows holding a value, each text cut to the catalogue's bound; the rows after
 * those are only counted.
 */
final class CopiedSheet implements SheetCells.Rows {

	private final String name;

	private final int columns;

	private final int maxText;

	private final List<SubmittedCell> cells = new ArrayList<>();

	private int rows;

	private int leftOut;

	/** @param columns how many columns, from A, the contract gives this sheet */
	CopiedSheet(String name, int columns, int maxText) {
		this.name = name;
		this.columns = columns;
		this.maxText = maxText;
	}

	@Override
	public void row(int row, List<SubmittedCell> rowCells) {
		List<SubmittedCell> kept = rowCells.stream().filter(c -> c.column() < columns).toList();
		if (kept.isEmpty()) {
			return;
		}
		if (rows >= SubmittedSheet.MAX_ROWS) {
			leftOut++;
			return;
		}
		rows++;
		for (SubmittedCell cell : kept) {
			boolean text = cell.kind() == SubmittedCell.Kind.TEXT || cell.kind() == SubmittedCell.Kind.UNCALCULATED;
			cells.add(text && cell.value().length() > maxText
					? new SubmittedCell(cell.row(), cell.column(), cell.kind(), cell.value().substring(0, maxText) + "…")
					: cell);
		}
	}

	/** The copy, with the widths and merged ranges the sheet declared inside it. */
	SubmittedSheet sheet(SheetCells read) {
		Map<Integer, Integer> widths = new TreeMap<>();
		read.widths().forEach((column, width) -> {
			if (column < columns) {
				widths.put(column, width);
			}
		});
		int lastRow = cells.stream().mapToInt(SubmittedCell::row).max().orElse(-1);
		List<String> merged = new ArrayList<>();
		for (String ref : read.merged()) {
			try {
				CellRangeAddress range = CellRangeAddress.valueOf(ref);
				// one cell is no merge (POI refuses it), and a range past the copied rows or columns has nothing to join
				if (range.getNumberOfCells() > 1 && range.getLastColumn() < columns && range.getFirstRow() >= 0
						&& range.getLastRow() <= lastRow) {
					merged.add(range.formatAsString());
				}
			}
			catch (RuntimeException ex) {
				// a malformed range is not copied
			}
		}
		return new SubmittedSheet(name, List.copyOf(cells), widths, merged, leftOut);
	}
}
