package org.scorecards.intake;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.ReferenceDataLoader;

/**
 * Benchmark floors of intake (bench/run.sh; not a test, not in the jar). Prints {@code key=value} lines.
 * <ul>
 * <li>{@code csv PATH...}: a bare Commons CSV parse of every CSV file under the paths, every field touched;</li>
 * <li>{@code xlsx PATH...}: a bare POI read of every indicators.xlsx under the paths, every cell touched;</li>
 * <li>{@code intake INPUT YEAR [ISO3...]}: our {@link CountryIntake} on the country folders of the year, without
 * Spring Batch.</li>
 * </ul>
 * Times cover the work only: JVM start and setup are left out. Single thread; of several files (or countries)
 * the smallest file (the first country) is read once untimed first, so class loading and the first JIT
 * compilations are not in the floor.
 */
public final class IntakeFloor {

	/** The format our intake reads with, header consumed. */
	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		String prefix = args.length > 1 && args[1].startsWith("--prefix=") ? args[1].substring(9) : mode;
		int first = prefix.equals(mode) ? 1 : 2;
		List<String> rest = List.of(args).subList(first, args.length);
		switch (mode) {
			case "csv" -> csv(prefix, files(rest, ".csv"));
			case "xlsx" -> xlsx(prefix, files(rest, ".xlsx"));
			case "intake" -> intake(prefix, Path.of(rest.get(0)), Integer.parseInt(rest.get(1)), rest.subList(2, rest.size()));
			default -> throw new IllegalArgumentException("mode " + mode + ", expected csv, xlsx or intake");
		}
	}

	private static void csv(String prefix, List<Path> files) throws IOException {
		if (files.size() > 1) {
			csvFile(smallest(files));
		}
		long rows = 0;
		long touched = 0;
		long bytes = 0;
		long start = System.nanoTime();
		for (Path file : files) {
			bytes += Files.size(file);
			long[] counts = csvFile(file);
			rows += counts[0];
			touched += counts[1];
		}
		print(prefix, start, files.size(), rows, bytes, touched);
	}

	/** Rows, and characters over every field. */
	private static long[] csvFile(Path file) throws IOException {
		long rows = 0;
		long touched = 0;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			for (CSVRecord record : parser) {
				rows++;
				for (int i = 0; i < record.size(); i++) {
					touched += record.get(i).length();
				}
			}
		}
		return new long[] { rows, touched };
	}

	private static void xlsx(String prefix, List<Path> files) throws IOException {
		if (files.size() > 1) {
			xlsxFile(smallest(files));
		}
		long cells = 0;
		long touched = 0;
		long bytes = 0;
		long start = System.nanoTime();
		for (Path file : files) {
			bytes += Files.size(file);
			long[] counts = xlsxFile(file);
			cells += counts[0];
			touched += counts[1];
		}
		print(prefix, start, files.size(), cells, bytes, touched);
	}

	/** Cells, and a sum over every cell's value. */
	private static long[] xlsxFile(Path file) throws IOException {
		long cells = 0;
		long touched = 0;
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells++;
						touched += switch (cell.getCellType()) {
							case STRING -> cell.getStringCellValue().length();
							case NUMERIC -> (long) cell.getNumericCellValue();
							case FORMULA -> cell.getCellFormula().length();
							default -> 1;
						};
					}
				}
			}
		}
		return new long[] { cells, touched };
	}

	private static void intake(String prefix, Path input, int year, List<String> only) throws IOException {
		var methodology = MethodologyLoader.bundled();
		var rules = CsvRules.bundled();
		var reference = ReferenceDataLoader.load(input.resolve("reference"));
		Path yearDir = input.resolve(Integer.toString(year));
		List<Path> countries;
		try (Stream<Path> dirs = Files.list(yearDir)) {
			countries = dirs.filter(Files::isDirectory)
				.filter(d -> only.isEmpty() || only.contains(d.getFileName().toString()))
				.sorted()
				.toList();
		}
		if (countries.size() > 1) {
			new CountryIntake(methodology, rules, reference, org.scorecards.validation.RuleCatalogue.bundled()).read(countries.get(0),
					countries.get(0).getFileName().toString(), year);
		}
		long rows = 0;
		long findings = 0;
		long start = System.nanoTime();
		for (Path dir : countries) {
			CountrySubmission submission = new CountryIntake(methodology, rules, reference, org.scorecards.validation.RuleCatalogue.bundled()).read(dir,
					dir.getFileName().toString(), year);
			rows += submission.intake().stream().filter(c -> c.file().endsWith(".csv")).mapToLong(IntakeCount::read).sum();
			findings += submission.findings().size();
		}
		print(prefix, start, countries.size(), rows, 0, findings);
	}

	private static Path smallest(List<Path> files) throws IOException {
		Path smallest = files.get(0);
		for (Path file : files) {
			smallest = Files.size(file) < Files.size(smallest) ? file : smallest;
		}
		return smallest;
	}

	private static List<Path> files(List<String> paths, String suffix) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String path : paths) {
			try (Stream<Path> walk = Files.walk(Path.of(path))) {
				walk.filter(Files::isRegularFile)
					.filter(f -> f.toString().endsWith(suffix))
					.filter(f -> !f.getParent().endsWith("reference"))
					.sorted()
					.forEach(files::add);
			}
		}
		return files;
	}

	private static void print(String prefix, long start, long files, long rows, long bytes, long checksum) {
		double seconds = (System.nanoTime() - start) / 1e9;
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("%s.seconds=%.3f%n%s.files=%d%n%s.rows=%d%n%s.bytes=%d%n%s.checksum=%d%n", prefix, seconds,
				prefix, files, prefix, rows, prefix, bytes, prefix, checksum);
		System.out.printf("%s.heap_mb_at_end=%d%n", prefix, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
	}
}
