package org.scorecards.synthetic;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV file written row by row: UTF-8 without BOM, LF line ends, header first, quoting only where a value
 * needs it. Rows go straight to the file, so a file of millions of rows needs no more memory than one row.
 */
final class CsvTable implements Closeable {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

	private final CSVPrinter printer;

	private long rows;

	private CsvTable(CSVPrinter printer) {
		this.printer = printer;
	}

	static CsvTable create(Path file, String... header) throws IOException {
		BufferedWriter out = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
		return new CsvTable(new CSVPrinter(out, FORMAT.builder().setHeader(header).get()));
	}

	/** One record; a {@code null} value is written as an empty field. */
	void row(Object... values) throws IOException {
		printer.printRecord(values);
		rows++;
	}

	long rows() {
		return rows;
	}

	@Override
	public void close() throws IOException {
		printer.close(true);
	}
}
