package org.scorecards.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads what a person sees in a cell, whichever program wrote it: numbers stored as text, formulas with
 * cached values, dates as numbers.
 */
final class CellValues {

	private CellValues() {
	}

	static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
					: plain(BigDecimal.valueOf(cell.getNumericCellValue()));
			case BOOLEAN -> cell.getBooleanCellValue() ? "Yes" : "No";
			default -> "";
		};
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

	private static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}
}
