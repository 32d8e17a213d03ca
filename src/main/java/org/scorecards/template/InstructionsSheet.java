package org.scorecards.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.CsvRules.ColumnRule;
import org.scorecards.intake.CsvRules.Condition;
import org.scorecards.intake.CsvRules.FileRules;
import org.scorecards.intake.CsvRules;
import org.scorecards.methodology.Methodology;
import org.scorecards.reference.Country;
import org.scorecards.spreadsheet.CellText;

/**
 * Plain-language guidance for the focal point, in two columns: a short key and what to do. The four CSV files
 * are described from the intake rules themselves, so the guidance says what validation will check.
 */
final class InstructionsSheet {

	static final String NAME = "Instructions";

	private static final Map<String, String> FILE_CONTENTS = Map.of(
			"victims.csv", "One row per victim identified in the year.",
			"prosecutions.csv", "One row per defendant in a trafficking case, at the stage reached by the end of the year.",
			"funding.csv", "One row per budget line of the year spent against trafficking.",
			"training.csv", "One row per training session on trafficking held in the year.");

	private static final int TEXT_WIDTH = 100;

	private record Line(String key, String text, CellStyle style) {
	}

	private final Methodology methodology;

	private final CsvRules csvRules;

	private final TemplateStyles styles;

	private final List<Line> lines = new ArrayList<>();

	InstructionsSheet(Methodology methodology, CsvRules csvRules, TemplateStyles styles) {
		this.methodology = methodology;
		this.csvRules = csvRules;
		this.styles = styles;
	}

	void write(XSSFWorkbook workbook, Country country, int year, LocalDate deadline, String syntheticBanner) {
		lines.clear();
		String name = country.name() + " (" + country.iso3() + ")";
		line("Indicator workbook " + year + ": " + name, "", styles.title);
		if (syntheticBanner != null) {
			line(syntheticBanner, "", styles.banner);
		}
		item("Reporting year", "1 January to 31 December " + year + ". Every figure and answer is about that year.");
		item("Deadline", deadline != null ? "Send the workbook and the four CSV files by " + deadline + "."
				: "[deadline: set by the secretariat in its covering e-mail]");
		heading("What to fill in");
		item("Cover", "Fill in Focal point (your name), Email and Submitted on (the date you send the workbook, as "
				+ "yyyy-mm-dd). Country and reporting year are filled in for you: do not change them.");
		item("Indicators", "Fill in only the yellow cells: Value, and where you can Evidence (the law, plan, report or "
				+ "database behind the value, with a reference or link) and Comment. The other columns are locked.");
		item("Narrative", "Optional: a short text per pillar (a few sentences), printed on the scorecard.");
		item("Please do not", "add, delete, move or rename rows, columns or sheets, or change the codes. The sheets are "
				+ "protected without a password against accidental edits only.");
		heading("How to answer");
		item("Yes", "The measure exists and was in force or operating throughout " + year + ".");
		item("Partial", "It exists only in part: adopted or started during the year, limited to some regions, forms "
				+ "of exploitation or groups of victims, or in law but not yet applied in practice.");
		item("No", "It did not exist, or was not in force or operating in " + year + ".");
		item("Counts", "A whole number of 0 or more for " + year + " only, without units or separators (12, not "
				+ "\"12 campaigns\"). Enter 0 when there were none; leave the cell empty only when the figure is not "
				+ "known: the indicator is then shown as not reported.");
		item("Consistency", "PA.3b (mutual legal assistance requests executed) cannot exceed PA.3a (requests received).");
		item("Last year", "The column Last year shows the value accepted for " + (year - 1) + ", for reference. Values "
				+ "far from last year's are flagged for review: please explain large changes in the Comment column.");
		heading("Files to send with this workbook");
		item("Where", "Four CSV files beside this workbook, in the folder " + year + "/" + country.iso3() + "/: UTF-8, "
				+ "comma-separated, header row first, dates as yyyy-mm-dd, decimals with a point. A missing file means "
				+ "the indicators it feeds are not reported. Never put names in the *_ref columns: use your system's "
				+ "pseudonymous references; they are never published.");
		csvRules.files().forEach((file, rules) -> describe(file, rules, year));
		heading("Questions");
		item("Contact", "Reply to the secretariat's e-mail that brought you this workbook. After submission you receive "
				+ "a validation workbook listing every problem found, with the cell or line to fix.");
		item("Methodology", "Version " + methodology.version() + ": the indicators, bounds and weights used for scoring.");
		render(workbook.createSheet(NAME));
	}

	private void describe(String file, FileRules rules, int year) {
		line(file, FILE_CONTENTS.getOrDefault(file, "") + " Header: " + String.join(",", rules.columns().keySet()),
				styles.heading);
		rules.columns().forEach((column, rule) -> item(column, column(rule, year)));
		for (List<String> unique : rules.unique()) {
			item("unique", String.join(" + ", unique) + " may not repeat in the file.");
		}
		for (Condition condition : rules.conditions()) {
			if (condition.when() != null && !condition.require().isEmpty()) {
				item("when " + codes(condition.when()), String.join(", ", condition.require()) + " must be filled.");
			}
			if (condition.unless() != null && !condition.forbid().isEmpty()) {
				item("otherwise", String.join(", ", condition.forbid()) + " must be empty unless " + codes(condition.unless())
						+ ".");
			}
		}
	}

	private static String codes(Map<String, List<String>> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> e.getKey() + " is " + String.join(" or ", e.getValue()))
			.collect(Collectors.joining(" and "));
	}

	private static String column(ColumnRule rule, int year) {
		String what = switch (rule.type()) {
			case "ref" -> "your pseudonymous reference (no names); never published";
			case "date_in_year" -> "a date in " + year + ", yyyy-mm-dd";
			case "code" -> "one of: " + String.join(", ", rule.codes());
			case "country" -> "citizenship as an ISO 3166-1 alpha-3 code (e.g. FRA), or unknown";
			case "integer" -> "a whole number of at least " + rule.min().toPlainString();
			case "decimal" -> "a number with a point for decimals, " + (rule.minExclusive() ? "above " : "at least ")
					+ rule.min().toPlainString();
			case "currency" -> "ISO 4217 currency code (e.g. EUR, USD)";
			default -> "free text";
		};
		return rule.isRequired() ? what : what + "; may be empty";
	}

	private void heading(String text) {
		lines.add(new Line("", "", null));
		line(text, "", styles.heading);
	}

	private void item(String key, String text) {
		lines.add(new Line(key, text, styles.text));
	}

	private void line(String key, String text, CellStyle style) {
		lines.add(new Line(key, text, style));
	}

	private void render(XSSFSheet sheet) {
		int r = 0;
		for (Line line : lines) {
			Row row = sheet.createRow(r++);
			if (line.style() == null) {
				continue;
			}
			Cell key = row.createCell(0);
			key.setCellValue(CellText.defused(line.key()));
			key.setCellStyle(line.style());
			if (!line.text().isEmpty()) {
				Cell text = row.createCell(1);
				text.setCellValue(CellText.defused(line.text()));
				text.setCellStyle(styles.wrapped);
				TemplateStyles.fitRowHeight(row, line.text(), TEXT_WIDTH);
			}
		}
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, TEXT_WIDTH * 256);
		TemplateStyles.printOnePageWide(sheet);
		TemplateStyles.protect(sheet);
	}
}
