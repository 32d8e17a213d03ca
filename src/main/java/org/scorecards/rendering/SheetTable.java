package org.scorecards.rendering;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.scorecards.spreadsheet.CellText;

/**
 * A table on its own sheet, in the look of {@link WorkbookStyle}: rows are appended below the header, each
 * written left to right by {@link Cells}; {@link #finish} freezes the header and sets the filter.
 */
final class SheetTable {

	final WorkbookStyle style;

	final Sheet sheet;

	final int headerRow;

	private final int columns;

	private int next;

	SheetTable(WorkbookStyle style, Sheet sheet, int headerRow, int columns) {
		this.style = style;
		this.sheet = sheet;
		this.headerRow = headerRow;
		this.columns = columns;
		this.next = headerRow + 1;
	}

	Cells row() {
		return new Cells(style, sheet.createRow(next++));
	}

	int lastRow() {
		return next - 1;
	}

	/** Freezes everything down to the header row and sets the auto filter over header and rows. */
	Sheet finish() {
		sheet.createFreezePane(0, headerRow + 1);
		sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow(), 0, columns - 1));
		return sheet;
	}

	/** A line below the table, outside the filter range, e.g. a note or a further block. */
	Cells lineBelow(int gap) {
		next += gap;
		return row();
	}

	/** Writes one row left to right; {@code null} values leave the cell blank. */
	static final class Cells {

		private final WorkbookStyle style;

		final Row row;

		private int column;

		Cells(WorkbookStyle style, Row row) {
			this.style = style;
			this.row = row;
		}

		Cells skip() {
			column++;
			return this;
		}

		/** Text of our own making (labels, codes of the methodology): no injection risk. */
		Cells label(String text) {
			return text(text, style.text);
		}

		/** Text that came from an input file, or contains such text: always a string cell, defused. */
		Cells input(String text) {
			return text(CellText.defused(text), style.text);
		}

		Cells inputWrapped(String text) {
			return text(CellText.defused(text), style.wrapped);
		}

		Cells score(BigDecimal score) {
			return number(score == null ? null : WorkbookStyle.published(score), style.score);
		}

		Cells value(BigDecimal value) {
			return number(value, style.value);
		}

		Cells general(BigDecimal value) {
			return number(value, style.text);
		}

		/** A share 0-1 shown as a percentage. */
		Cells share(BigDecimal share) {
			return number(share, style.percent);
		}

		Cells amount(BigDecimal amount) {
			return number(amount, style.amount);
		}

		/** A count or amount: thousands separators, decimals only when the figure has them. */
		Cells figure(BigDecimal figure) {
			boolean whole = figure == null || figure.signum() == 0 || figure.stripTrailingZeros().scale() <= 0;
			return number(figure, whole ? style.count : style.amount);
		}

		Cells count(Long count) {
			return number(count, style.count);
		}

		/** A disclosure-control marker ("&lt;5" or "c") in place of a count. */
		Cells marker(String marker) {
			return text(marker, style.suppressed);
		}

		/** A published breakdown count under disclosure control: 1 to threshold-1 become text "&lt;threshold". */
		Cells count(long count, int threshold) {
			return Display.isSuppressed(count, threshold) ? text(Display.count(count, threshold), style.suppressed)
					: count(count);
		}

		Cells date(LocalDate date) {
			if (date == null) {
				return skip();
			}
			cell(style.date).setCellValue(date);
			return this;
		}

		Cell last() {
			return row.getCell(column - 1);
		}

		/** An empty text leaves the cell blank, as null does: an empty string cell is not a blank to readers. */
		private Cells text(String text, CellStyle cellStyle) {
			if (text == null || text.isEmpty()) {
				return skip();
			}
			cell(cellStyle).setCellValue(CellText.fitted(text));
			return this;
		}

		/** Always a numeric cell: a number is never written as text. */
		private Cells number(Number number, CellStyle cellStyle) {
			if (number == null) {
				return skip();
			}
			cell(cellStyle).setCellValue(number.doubleValue());
			return this;
		}

		private Cell cell(CellStyle cellStyle) {
			Cell cell = row.createCell(column++);
			cell.setCellStyle(cellStyle);
			return cell;
		}
	}
}
