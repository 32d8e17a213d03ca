package org.scorecards.intake;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet part as it streams by, row by row, keeping only the cells the caller wants: a value in
 * column XFD, or a million rows, cost the time to skip them and nothing more. Written for our needs rather than
 * with POI's {@code XSSFSheetXMLHandler}, which hands on formatted text: validation needs the stored number, whether
 * a number is a date, and whether a formula was saved without its result, none of which that text tells.
 */
final class SheetCells extends DefaultHandler {

	/** Receives each row's wanted, non-blank cells, in order, when the row ends. */
	interface Rows {

		void row(int row, List<SubmittedCell> cells);

	}

	/** Whether a cell is read at all: decided before its value is looked at. */
	interface Columns {

		boolean wanted(int row, int column);

	}

	/** Excel's limit on a cell's text, plus one: a longer text in the file is hostile and is cut here. */
	private static final int MAX_TEXT = 32_768;

	/** Columns whose width is kept for the copy: the contract's are the first six. */
	private static final int WIDTH_COLUMNS = 16;

	/** Merged ranges kept for the copy: a sheet can declare any number. */
	private static final int MAX_MERGED = 1_000;

	private final SharedStrings strings;

	private final StylesTable styles;

	private final boolean date1904;

	private final Columns columns;

	private final Rows rows;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	private final Map<String, String> sharedFormulas = new HashMap<>();

	private final Map<Integer, Integer> widths = new TreeMap<>();

	private final List<String> merged = new ArrayList<>();

	private final List<SubmittedCell> cells = new ArrayList<>();

	private final StringBuilder value = new StringBuilder();

	private final StringBuilder formula = new StringBuilder();

	private int row = -1;

	private int column;

	private boolean wanted;

	private String type;

	private String style;

	private boolean hasFormula;

	private String sharedIndex;

	private boolean sharedMaster;

	private boolean hasValue;

	private boolean inValue;

	private boolean inFormula;

	private boolean inInline;

	private boolean inPhonetic;

	SheetCells(SharedStrings strings, StylesTable styles, boolean date1904, Columns columns, Rows rows) {
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
		this.columns = columns;
		this.rows = rows;
	}

	/** Widths set in the file, by column (the first few only), in 1/256 of a character. */
	Map<Integer, Integer> widths() {
		return widths;
	}

	/** Merged ranges, as {@code A1:F1}. */
	List<String> merged() {
		return merged;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> {
				String r = attributes.getValue("r");
				row = r != null ? Integer.parseInt(r) - 1 : row + 1;
				column = -1;
				cells.clear();
			}
			case "c" -> {
				String r = attributes.getValue("r");
				column = r != null ? new CellReference(r).getCol() : column + 1;
				wanted = columns.wanted(row, column);
				type = attributes.getValue("t");
				style = attributes.getValue("s");
				hasFormula = false;
				hasValue = false;
				sharedIndex = null;
				sharedMaster = false;
				value.setLength(0);
				formula.setLength(0);
			}
			case "f" -> {
				if (wanted) {
					hasFormula = true;
					inFormula = true;
					if ("shared".equals(attributes.getValue("t"))) {
						sharedIndex = attributes.getValue("si");
						sharedMaster = attributes.getValue("ref") != null;
					}
				}
			}
			case "v" -> {
				if (wanted) {
					hasValue = true;
					inValue = true;
				}
			}
			case "is" -> {
				if (wanted) {
					hasValue = true;
					inInline = true;
				}
			}
			case "rPh" -> inPhonetic = true;
			case "t" -> inValue = wanted && inInline && !inPhonetic;
			case "col" -> width(attributes);
			case "mergeCell" -> {
				String ref = attributes.getValue("ref");
				if (ref != null && merged.size() < MAX_MERGED) {
					merged.add(ref);
				}
			}
			default -> {
				// other elements carry nothing the tool reads
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "v", "t" -> inValue = false;
			case "f" -> {
				inFormula = false;
				if (sharedMaster && sharedIndex != null) {
					sharedFormulas.put(sharedIndex, formula.toString());
				}
			}
			case "rPh" -> inPhonetic = false;
			case "is" -> inInline = false;
			case "c" -> {
				if (wanted) {
					SubmittedCell cell = cell();
					if (cell != null) {
						cells.add(cell);
					}
				}
				wanted = false;
			}
			case "row" -> rows.row(row, List.copyOf(cells));
			default -> {
				// nothing to finish
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inValue) {
			value.append(ch, start, Math.min(length, Math.max(0, MAX_TEXT - value.length())));
		}
		else if (inFormula) {
			formula.append(ch, start, Math.min(length, Math.max(0, MAX_TEXT - formula.length())));
		}
	}

	/** The cell just read, or {@code null} when it is blank. */
	private SubmittedCell cell() {
		String v = value.toString();
		// A formula saved without its result (no <v>, or openpyxl's empty <v></v>) shows nothing: only a text
		// result may truly be empty.
		if (hasFormula && (!hasValue || v.isEmpty() && !"str".equals(type))) {
			String text = formula.isEmpty() && sharedIndex != null ? sharedFormulas.getOrDefault(sharedIndex, "")
					: formula.toString();
			return of(SubmittedCell.Kind.UNCALCULATED, text);
		}
		if (!hasValue) {
			return null;
		}
		return switch (type == null ? "n" : type) {
			case "s" -> v.isBlank() ? null : text(strings.getItemAt(Integer.parseInt(v.strip())).getString());
			case "inlineStr", "str" -> text(new XSSFRichTextString(v).getString());
			case "b" -> of(SubmittedCell.Kind.BOOLEAN, Boolean.toString(!v.strip().equals("0")));
			case "e" -> of(SubmittedCell.Kind.ERROR, v.strip());
			case "n" -> number(v.strip());
			default -> text(v);
		};
	}

	private SubmittedCell text(String text) {
		return text.isEmpty() ? null : of(SubmittedCell.Kind.TEXT, text);
	}

	private SubmittedCell number(String v) {
		if (v.isEmpty()) {
			return null;
		}
		double number;
		try {
			number = Double.parseDouble(v);
		}
		catch (NumberFormatException ex) {
			return text(v); // not a number, whatever the file says: shown as the text it is
		}
		if (!Double.isFinite(number)) {
			return text(v);
		}
		if (isDate() && DateUtil.isValidExcelDate(number)) {
			LocalDateTime date = DateUtil.getLocalDateTime(number, date1904);
			return of(SubmittedCell.Kind.DATE, date.toString());
		}
		return of(SubmittedCell.Kind.NUMBER, v);
	}

	private boolean isDate() {
		if (styles == null) {
			return false;
		}
		int index;
		try {
			index = style == null ? 0 : Integer.parseInt(style);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		return dateStyles.computeIfAbsent(index, i -> {
			if (i < 0 || i >= styles.getNumCellStyles()) {
				return false;
			}
			XSSFCellStyle cellStyle = styles.getStyleAt(i);
			return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		});
	}

	private SubmittedCell of(SubmittedCell.Kind kind, String text) {
		return new SubmittedCell(row, column, kind, text);
	}

	private void width(org.xml.sax.Attributes attributes) {
		try {
			int min = Integer.parseInt(attributes.getValue("min"));
			int max = Integer.parseInt(attributes.getValue("max"));
			String width = attributes.getValue("width");
			if (width == null) {
				return;
			}
			int units = (int) Math.min(255 * 256, Math.max(0, Double.parseDouble(width) * 256));
			for (int c = Math.max(1, min); c <= Math.min(max, WIDTH_COLUMNS); c++) {
				widths.put(c - 1, units);
			}
		}
		catch (RuntimeException ex) {
			// a malformed width is left to the default
		}
	}
}
