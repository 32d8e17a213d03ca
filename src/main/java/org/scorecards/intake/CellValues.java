package org.scorecards.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Reads what a person sees in a cell, whichever program wrote it: numbers stored as text, formulas with
 * cached values, dates as numbers.
 */
final class CellValues {

	private CellValues() {
	}

	static String text(Cell cell) {
		if (cell == null || uncalculated(cell)) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
					: plain(cell.getNumericCellValue());
			case BOOLEAN -> cell.getBooleanCellValue() ? "Yes" : "No";
			default -> "";
		};
	}

	/**
	 * A formula saved without its result, as programs that write workbooks without calculating them do. POI
	 * reads such a cell as 0, a value nobody saw; it is treated as empty instead. openpyxl writes the result
	 * element empty ({@code <v></v>}), which POI reads as 0 too; only a text result may truly be empty.
	 */
	static boolean uncalculated(Cell cell) {
		if (cell.getCellType() != CellType.FORMULA || !(cell instanceof XSSFCell xssf)) {
			return false;
		}
		return !xssf.getCTCell().isSetV()
				|| xssf.getCTCell().getV().isEmpty() && cell.getCachedFormulaResultType() != CellType.STRING;
	}

	/** A number as typed (12 rather than 12.0), from a numeric cell or a number stored as text. */
	static BigDecimal number(Cell cell) {
		String text = text(cell);
		if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			return null;
		}
		return new BigDecimal(text);
	}

	static LocalDate date(Cell cell) {
		try {
			return LocalDate.parse(text(cell));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * As Excel shows it in General format, to 15 significant digits (3.0000000000000004 in the file is the 3 a
	 * person typed or a formula meant), but written out in full: 12 rather than 12.0, never 1E+20.
	 */
	private static String plain(double value) {
		BigDecimal stripped = new BigDecimal(NumberToTextConverter.toText(value)).stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}
}
