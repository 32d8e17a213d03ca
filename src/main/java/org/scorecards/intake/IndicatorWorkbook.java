package org.scorecards.intake;

import java.util.List;

/**
 * The indicator workbook's contract, written once for the reader, the template sent to focal points, the
 * synthetic generator and the tests: file name, sheet names, cover labels (column A, values in column B) and
 * the header rows of the Indicators and Narrative sheets.
 */
public final class IndicatorWorkbook {

	public static final String FILE = "indicators.xlsx";

	public static final String COVER = "Cover";

	public static final String INDICATORS = "Indicators";

	public static final String NARRATIVE = "Narrative";

	public static final String COUNTRY = "Country (ISO3)";

	public static final String YEAR = "Reporting year";

	public static final String FOCAL_POINT = "Focal point";

	public static final String EMAIL = "Email";

	public static final String SUBMITTED_ON = "Submitted on";

	public static final List<String> COVER_LABELS = List.of(COUNTRY, YEAR, FOCAL_POINT, EMAIL, SUBMITTED_ON);

	public static final List<String> INDICATOR_COLUMNS = List.of("Code", "Indicator", "Value", "Unit", "Evidence",
			"Comment");

	/** Zero-based positions of the Indicators columns the tool reads. */
	public static final int CODE_COLUMN = 0;

	public static final int VALUE_COLUMN = 2;

	public static final List<String> NARRATIVE_COLUMNS = List.of("Pillar", "Text");

	private IndicatorWorkbook() {
	}
}
