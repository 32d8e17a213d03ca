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
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.CsvRules.ColumnRule;
import org.scorecards.intake.CsvRules.Condition;
import org.scorecards.intake.CsvRules.FileRules;
import org.scorecards.intake.CsvRules;
import org.scorecards.intake.IndicatorWorkbook;
import org.scorecards.language.Language;
import org.scorecards.language.Texts;
import org.scorecards.methodology.Methodology;
import org.scorecards.reference.Country;
import org.scorecards.spreadsheet.CellText;

/**
 * Plain-language guidance for the focal point, in two columns: a short key and what to do. The four CSV files
 * are described from the intake rules themselves, so the guidance says what validation will check.
 */
final class InstructionsSheet {

	/** The CSV files the guidance describes, keyed as in the bundle ({@code template.file.<name>}). */
	private static final List<String> FILES = List.of("victims.csv", "prosecutions.csv", "funding.csv",
			"training.csv");

	private static final int TEXT_WIDTH = 100;

	private record Line(String key, String text, CellStyle style) {
	}

	private final Methodology methodology;

	private final CsvRules csvRules;

	private final TemplateStyles styles;

	private final Texts words;

	private final List<Line> lines = new ArrayList<>();

	InstructionsSheet(Methodology methodology, CsvRules csvRules, TemplateStyles styles, Texts words) {
		this.methodology = methodology;
		this.csvRules = csvRules;
		this.styles = styles;
		this.words = words;
	}

	/** The sheet's name in the workbook's language: not part of the contract, the reader never looks for it. */
	static String name(Texts words) {
		return WorkbookUtil.createSafeSheetName(words.text("template.instructions"));
	}

	private String t(String key, Object... arguments) {
		return words.text("template." + key, arguments);
	}

	void write(XSSFWorkbook workbook, Country country, int year, LocalDate deadline, String syntheticBanner) {
		lines.clear();
		String name = country.name() + " (" + country.iso3() + ")";
		line(t("title", year, name), "", styles.title);
		if (syntheticBanner != null) {
			line(syntheticBanner, "", styles.banner);
		}
		item(t("reporting_year"), t("reporting_year.text", year));
		item(t("deadline"), deadline != null ? t("deadline.text", words.date(deadline)) : t("deadline.placeholder"));
		heading(t("fill_in"));
		item(IndicatorWorkbook.COVER, t("fill_in.cover"));
		item(IndicatorWorkbook.INDICATORS, t("fill_in.indicators"));
		if (words.language() != Language.EN) {
			item(t("fill_in.contract"), t("fill_in.contract.text"));
		}
		item(IndicatorWorkbook.NARRATIVE, t("fill_in.narrative"));
		item(t("do_not"), t("do_not.text"));
		heading(t("answer"));
		item(t("answer.yes"), t("answer.yes.text", year));
		item(t("answer.partial"), t("answer.partial.text"));
		item(t("answer.no"), t("answer.no.text", year));
		item(t("counts"), t("counts.text", year));
		item(t("consistency"), t("consistency.text"));
		item(t("last_year"), t("last_year.text", year - 1));
		heading(t("files"));
		item(t("files.where"), t("files.where.text", year + "/" + country.iso3() + "/"));
		csvRules.files().forEach((file, rules) -> describe(file, rules, year));
		heading(t("questions"));
		item(t("contact"), t("contact.text"));
		item(t("methodology"), t("methodology.text", methodology.version()));
		render(workbook.createSheet(name(words)));
	}

	private void describe(String file, FileRules rules, int year) {
		String contents = FILES.contains(file) ? t("file." + file.replace(".csv", "")) + " " : "";
		line(file, contents + t("file.header", String.join(",", rules.columns().keySet())), styles.heading);
		rules.columns().forEach((column, rule) -> item(column, column(rule, year)));
		for (List<String> unique : rules.unique()) {
			item(t("unique"), t("unique.text", String.join(" + ", unique)));
		}
		for (Condition condition : rules.conditions()) {
			if (condition.when() != null && !condition.require().isEmpty()) {
				item(t("when", codes(condition.when())), t("when.text", String.join(", ", condition.require())));
			}
			if (condition.unless() != null && !condition.forbid().isEmpty()) {
				item(t("otherwise"), t("otherwise.text", String.join(", ", condition.forbid()), codes(condition.unless())));
			}
		}
	}

	private String codes(Map<String, List<String>> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> t("codes.is", e.getKey(), String.join(t("codes.or"), e.getValue())))
			.collect(Collectors.joining(t("codes.and")));
	}

	private String column(ColumnRule rule, int year) {
		String what = switch (rule.type()) {
			case "ref" -> t("type.ref");
			case "date_in_year" -> t("type.date_in_year", year);
			case "code" -> t("type.code", String.join(", ", rule.codes()));
			case "country" -> t("type.country");
			case "integer" -> t("type.integer", plain(rule.min()));
			case "decimal" -> t(rule.minExclusive() ? "type.decimal_above" : "type.decimal_at_least", plain(rule.min()));
			case "currency" -> t("type.currency");
			default -> t("type.text");
		};
		return rule.isRequired() ? what : t("type.optional", what);
	}

	private String plain(java.math.BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', words.decimalSeparator());
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
