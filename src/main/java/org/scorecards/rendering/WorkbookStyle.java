package org.scorecards.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorecards.language.Language;
import org.scorecards.language.Texts;
import org.scorecards.methodology.Band;
import org.scorecards.methodology.Terms;
import org.scorecards.scoring.OfficialFigure;
import org.scorecards.spreadsheet.NewWorkbook;

/**
 * The look shared by the annex, validation and summary workbooks: cell styles and number formats, the
 * synthetic-data banner, bold table headers and band colours. {@link SheetTable} writes the tables.
 * <p>
 * The words are the workbook's language ({@code i18n/workbook_<tag>.properties}, methodology terms from
 * {@link Terms}); numbers stay numeric cells whose formats the spreadsheet program shows in its reader's locale,
 * dates are date cells in the language's own format, and Arabic sheets run right to left.
 * <p>
 * Scores, averages and trend changes are written as their official figure ({@link OfficialFigure}: the
 * exact value rounded half up to four decimals) and shown with four decimals, the figure scores.csv carries;
 * the documents print the same figure rounded to one decimal. Showing the cell with one decimal instead
 * would leave the last rounding to the spreadsheet program, which rounds the binary double (72.35 is
 * 72.34999...) as it sees fit.
 */
final class WorkbookStyle {

	static final String BUNDLE = "workbook";

	/** Okabe-Ito, safe for the common colour-vision deficiencies; bands best first. */
	private static final String[] BAND_COLOURS = { "009E73", "56B4E9", "F0E442", "E69F00", "D55E00" };

	private static final String HEADER_GREY = "D9D9D9";

	private static final int MAX_COLUMN_CHARS = 100;

	/** Where the sheets are made: the workbook itself, or a streaming one over it ({@link #streaming}). */
	private final Workbook sheets;

	/** Styles, fonts and properties: always the XSSF workbook, also under a streaming one. */
	private final XSSFWorkbook workbook;

	private final boolean synthetic;

	/** The workbook's labels. */
	final Texts words;

	/** The methodology's names in the workbook's language. */
	final Terms terms;

	final CellStyle header;

	final CellStyle banner;

	final CellStyle text;

	final CellStyle wrapped;

	final CellStyle suppressed;

	final CellStyle score;

	final CellStyle value;

	final CellStyle percent;

	final CellStyle count;

	final CellStyle amount;

	final CellStyle date;

	final CellStyle link;

	WorkbookStyle(Workbook sheets, boolean synthetic) {
		this(sheets, synthetic, Language.EN);
	}

	WorkbookStyle(Workbook sheets, boolean synthetic, Language language) {
		this.sheets = sheets;
		this.workbook = sheets instanceof SXSSFWorkbook streaming ? streaming.getXSSFWorkbook() : (XSSFWorkbook) sheets;
		this.synthetic = synthetic;
		this.words = Texts.of(BUNDLE, language);
		this.terms = Terms.of(language);
		this.header = style(null, true);
		this.header.setFillForegroundColor(colour(HEADER_GREY));
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.header.setWrapText(true);
		this.header.setVerticalAlignment(VerticalAlignment.TOP);
		this.banner = style(null, true);
		this.banner.setFillForegroundColor(colour(BAND_COLOURS[2]));
		this.banner.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.text = style(null, false);
		this.wrapped = style(null, false);
		this.wrapped.setWrapText(true);
		this.suppressed = style(null, false);
		this.suppressed.setAlignment(HorizontalAlignment.RIGHT);
		this.score = style("0.0000", false);
		this.value = style("0.0000", false);
		this.percent = style("0.0%", false);
		this.count = style("#,##0", false);
		this.amount = style("#,##0.00", false);
		this.date = style(words.text("format.date"), false);
		this.link = style(null, false);
		XSSFFont linkFont = workbook.createFont();
		linkFont.setUnderline(XSSFFont.U_SINGLE);
		linkFont.setColor(colour("0072B2"));
		this.link.setFont(linkFont);
	}

	/**
	 * A workbook whose rows are written out as plain XML when it is saved, never built as XML objects first: for
	 * workbooks written top to bottom (the annex, the summary, the robustness tables), several times quicker to
	 * write. Every row stays in memory until then (they are a few hundred), so rows can still be looked at.
	 */
	static SXSSFWorkbook streaming() {
		SXSSFWorkbook streaming = new SXSSFWorkbook(NewWorkbook.create(), -1);
		streaming.setCompressTempFiles(false);
		// Its default (zip64 as needed) writes entries whose local headers java.util.zip cannot read back in StableZip.
		streaming.setZip64Mode(Zip64Mode.Never);
		return streaming;
	}

	/** Created date from the report, never the clock, so that the same inputs give the same bytes. */
	void setCreated(LocalDate generatedOn, String title) {
		var core = workbook.getProperties().getCoreProperties();
		core.setCreated(Optional.of(Date.from(generatedOn.atStartOfDay(ZoneOffset.UTC).toInstant())));
		core.setCreator("scorecards");
		core.setTitle(title);
	}

	/** Writes the workbook; in a right-to-left language every sheet, the annotated copy's too, runs right to left. */
	void write(OutputStream out) throws IOException {
		try (sheets) {
			if (words.language().rightToLeft()) {
				sheets.forEach(sheet -> sheet.setRightToLeft(true));
			}
			sheets.write(out);
		}
		finally {
			if (sheets instanceof SXSSFWorkbook streaming) {
				streaming.dispose(); // its temporary files
			}
		}
	}

	/** The label of {@code key} in the workbook's language, {@code {0}}... filled. */
	String text(String key, Object... arguments) {
		return words.text(key, arguments);
	}

	Language language() {
		return words.language();
	}

	/** The official figure: see the class comment. */
	static double published(BigDecimal score) {
		return OfficialFigure.of(score).doubleValue();
	}

	XSSFColor colour(String hex) {
		return new XSSFColor(java.util.HexFormat.of().parseHex(hex));
	}

	private XSSFCellStyle style(String format, boolean bold) {
		XSSFCellStyle style = workbook.createCellStyle();
		if (format != null) {
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
		}
		if (bold) {
			XSSFFont font = workbook.createFont();
			font.setBold(true);
			style.setFont(font);
		}
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	/**
	 * A new sheet: row 1 holds the synthetic banner, or on real data the sheet's name as a caption, and the
	 * headers are in row 2 either way. A reader written against the demo (pandas {@code header=1}) must read
	 * real outputs alike, not take their first country for the headers; the banner stays on screen.
	 */
	SheetTable table(String sheetName, List<String> headers, int... widths) {
		Sheet sheet = sheets.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		int first = 0;
		Cell caption = sheet.createRow(first++).createCell(0);
		caption.setCellValue(synthetic ? words.text("banner.synthetic") : sheetName);
		caption.setCellStyle(synthetic ? banner : text);
		Row row = sheet.createRow(first);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(header);
		}
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, Math.min(widths[i], MAX_COLUMN_CHARS) * 256);
		}
		return new SheetTable(this, sheet, first, headers.size());
	}

	/** Colours band letters in {@code range}: the letter stays in the cell, so colour is never the only cue. */
	void bandColours(Sheet sheet, CellRangeAddress range, List<Band> bands) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		for (int i = 0; i < bands.size() && i < BAND_COLOURS.length; i++) {
			ConditionalFormattingRule rule = formatting
				.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + bands.get(i).band() + "\"");
			var fill = rule.createPatternFormatting();
			fill.setFillBackgroundColor(colour(BAND_COLOURS[i]));
			fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
			rule.createFontFormatting().setFontStyle(false, true);
			formatting.addConditionalFormatting(new CellRangeAddress[] { range }, rule);
		}
	}
}
