package org.scorecards.cycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The text a reader of an output sees: PDF text, every cell and comment of a workbook, or the file itself. */
final class OutputText {

	private OutputText() {
	}

	static String of(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (name.endsWith(".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				return new PDFTextStripper().getText(pdf);
			}
		}
		if (name.endsWith(".xlsx")) {
			StringBuilder text = new StringBuilder();
			DataFormatter formatter = new DataFormatter();
			try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
				for (Sheet sheet : workbook) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							text.append(formatter.formatCellValue(cell)).append('\n');
							if (cell.getCellComment() != null) {
								text.append(cell.getCellComment().getString().getString()).append('\n');
							}
						}
					}
				}
			}
			catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
				throw new IOException(ex);
			}
			return text.toString();
		}
		return Files.readString(file);
	}
}
