package org.scorecards.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.scorecards.spreadsheet.CellText;
import org.scorecards.spreadsheet.NewWorkbook;
import org.scorecards.submission.CollectionStatus;

/** The collection at a glance as a workbook: one row per country, the rates below; headers frozen, filtered. */
final class StatusWorkbook {

	private static final List<String> HEADERS = List.of("ISO3", "Country", "Region", "State", "Version",
			"Last submission (UTC)", "On time", "Errors", "Warnings", "Returned because");

	private StatusWorkbook() {
	}

	static void write(CollectionStatus.Status status, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = NewWorkbook.create()) {
			Sheet sheet = workbook.createSheet("Collection " + status.year());
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(HEADERS.get(i));
				header.getCell(i).setCellStyle(bold);
			}
			int r = 1;
			for (CollectionStatus.Line line : status.countries()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(line.iso3());
				row.createCell(1).setCellValue(CellText.defused(line.name()));
				row.createCell(2).setCellValue(CellText.defused(line.region()));
				row.createCell(3).setCellValue(line.state());
				if (line.version() != null) {
					row.createCell(4).setCellValue(line.version());
					row.createCell(5).setCellValue(line.lastSubmission().toString());
					row.createCell(6).setCellValue(line.onTime() ? "yes" : "late");
					row.createCell(7).setCellValue(line.errors());
					row.createCell(8).setCellValue(line.warnings());
				}
				if (line.reason() != null) {
					row.createCell(9).setCellValue(CellText.defused(line.reason()));
				}
			}
			sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, HEADERS.size() - 1));
			sheet.createFreezePane(0, 1);
			Row completeness = sheet.createRow(r + 1);
			completeness.createCell(0).setCellValue("Completeness (%)");
			completeness.createCell(1).setCellValue(status.completeness().doubleValue());
			Row timeliness = sheet.createRow(r + 2);
			timeliness.createCell(0).setCellValue("Timeliness (%)");
			timeliness.createCell(1).setCellValue(status.timeliness().doubleValue());
			for (int i = 0; i < HEADERS.size(); i++) {
				sheet.setColumnWidth(i, (i == 1 || i == 9 ? 30 : 14) * 256);
			}
			workbook.write(out);
		}
	}
}
