package org.scorecards.spreadsheet;

import javax.xml.namespace.QName;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/** Every xlsx the tool writes starts here, so that every reader finds what Excel itself writes. */
public final class NewWorkbook {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private NewWorkbook() {
	}

	/**
	 * A workbook with the built-in "Normal" cell style. POI writes none, and openpyxl (so pandas) then warns
	 * "Workbook contains no default style" on every file; Excel and LibreOffice always write it. Written
	 * through a cursor: poi-ooxml-lite has no class for the cellStyles element.
	 */
	public static XSSFWorkbook create() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		CTStylesheet stylesheet = workbook.getStylesSource().getCTStylesheet();
		try (XmlCursor cursor = stylesheet.newCursor()) {
			cursor.toEndToken();
			cursor.beginElement(new QName(MAIN, "cellStyles"));
			cursor.insertAttributeWithValue("count", "1");
			cursor.beginElement(new QName(MAIN, "cellStyle"));
			cursor.insertAttributeWithValue("name", "Normal");
			cursor.insertAttributeWithValue("xfId", "0");
			cursor.insertAttributeWithValue("builtinId", "0");
		}
		return workbook;
	}
}
