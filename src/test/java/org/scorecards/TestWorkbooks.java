package org.scorecards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.intake.IndicatorWorkbook;

/** Builds indicator workbooks for tests, in the layout of the contract, from a readable list of values. */
public final class TestWorkbooks {

	private TestWorkbooks() {
	}

	/** Values: a String is written as text (Yes / Partial / No), a Number as a numeric cell. */
	public static void write(Path file, String iso3, Object year, Map<String, Object> values,
			Map<String, String> narrative) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet cover = workbook.createSheet(IndicatorWorkbook.COVER);
			Map<String, Object> coverValues = new LinkedHashMap<>();
			coverValues.put(IndicatorWorkbook.COUNTRY, iso3);
			coverValues.put(IndicatorWorkbook.YEAR, year);
			coverValues.put(IndicatorWorkbook.FOCAL_POINT, "A. Tester");
			coverValues.put(IndicatorWorkbook.EMAIL, "focal.point@example.org");
			coverValues.put(IndicatorWorkbook.SUBMITTED_ON, "2026-01-15");
			int r = 0;
			for (Map.Entry<String, Object> entry : coverValues.entrySet()) {
				Row row = cover.createRow(r++);
				row.createCell(0).setCellValue(entry.getKey());
				set(row, 1, entry.getValue());
			}
			Sheet indicators = workbook.createSheet(IndicatorWorkbook.INDICATORS);
			Row header = indicators.createRow(0);
			for (int c = 0; c < IndicatorWorkbook.INDICATOR_COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(IndicatorWorkbook.INDICATOR_COLUMNS.get(c));
			}
			r = 1;
			for (Map.Entry<String, Object> entry : values.entrySet()) {
				Row row = indicators.createRow(r++);
				row.createCell(IndicatorWorkbook.CODE_COLUMN).setCellValue(entry.getKey());
				set(row, IndicatorWorkbook.VALUE_COLUMN, entry.getValue());
			}
			if (!narrative.isEmpty()) {
				Sheet sheet = workbook.createSheet(IndicatorWorkbook.NARRATIVE);
				Row top = sheet.createRow(0);
				top.createCell(0).setCellValue(IndicatorWorkbook.NARRATIVE_COLUMNS.get(0));
				top.createCell(1).setCellValue(IndicatorWorkbook.NARRATIVE_COLUMNS.get(1));
				r = 1;
				for (Map.Entry<String, String> entry : narrative.entrySet()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(entry.getKey());
					row.createCell(1).setCellValue(entry.getValue());
				}
			}
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	private static void set(Row row, int column, Object value) {
		if (value instanceof Number number) {
			row.createCell(column).setCellValue(number.doubleValue());
		}
		else if (value != null) {
			row.createCell(column).setCellValue(value.toString());
		}
	}

	/** The worked example's 2025 workbook for XAA (see the cycle fixture's README). */
	public static Map<String, Object> workedExample2025() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("PV.1", "Yes");
		values.put("PV.2", 3);
		values.put("PV.3", 250);
		values.put("PV.5", "Partial");
		values.put("PT.4", "Yes");
		values.put("PT.5", "yes");
		values.put("PR.1", "Yes");
		values.put("PR.6", "Partial");
		values.put("PA.1", "Yes");
		values.put("PA.2", "No");
		values.put("PA.3a", "10");
		values.put("PA.3b", 8);
		values.put("PA.4", 2);
		values.put("PA.5", "Yes");
		return values;
	}

	/** Copies the cycle fixture to {@code target} and adds its workbooks. */
	public static Path cycleFixture(Path target) throws IOException {
		Path source = Path.of("src/test/resources/cycle-fixture");
		try (var files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
		write(target.resolve("2025/XAA/indicators.xlsx"), "XAA", 2025, workedExample2025(),
				Map.of("Prevention", "A new national action plan was adopted in March."));
		Map<String, Object> lastYear = new LinkedHashMap<>(workedExample2025());
		lastYear.put("PV.2", 5);
		lastYear.put("PV.3", 500);
		lastYear.put("PV.5", "Yes");
		write(target.resolve("2024/XAA/indicators.xlsx"), "XAA", 2024, lastYear, Map.of());
		write(target.resolve("2025/XAB/indicators.xlsx"), "XAC", 2025, workedExample2025(), Map.of());
		return target;
	}
}
