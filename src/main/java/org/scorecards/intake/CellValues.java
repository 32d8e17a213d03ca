package org.scorecards.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Reads what a person sees in a cell, whichever program wrote it: numbers stored as text, formulas with
 * cached values, dates as numbers. A missing cell reads as empty.
 */
final class CellValues {

	private CellValues() {
	}

	static String text(SubmittedCell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.kind()) {
			case TEXT -> cell.value().strip();
			case NUMBER -> plain(Double.parseDouble(cell.value()));
			case DATE -> LocalDateTime.parse(cell.value()).toLocalDate().toString();
			case BOOLEAN -> Boolean.parseBoolean(cell.value()) ? "Yes" : "No";
			// an uncalculated formula has no value anybody saw: POI once read it as 0
			case ERROR, UNCALCULATED -> "";
		};
	}

	static boolean uncalculated(SubmittedCell cell) {
		return cell != null && cell.kind() == SubmittedCell.Kind.UNCALCULATED;
	}

	/** A number as typed (12 rather than 12.0), from a numeric cell or a number stored as text. */
	static BigDecimal number(SubmittedCell cell) {
		String text = text(cell);
		if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			return null;
		}
		return new BigDecimal(text);
	}

	static LocalDate date(SubmittedCell cell) {
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
