package org.scorecards.synthetic;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDataGeneratorTest {

	private static final GeneratorOptions OPTIONS = new GeneratorOptions(3, List.of(2024, 2025), 50, 7L);

	private static final List<String> COUNTRY_FILES = List.of("indicators.xlsx", "victims.csv", "prosecutions.csv",
			"funding.csv", "training.csv");

	@TempDir
	static Path temp;

	static Path input;

	static GenerationResult result;

	@BeforeAll
	static void generate() throws IOException {
		input = temp.resolve("input");
		result = new SyntheticDataGenerator(OPTIONS).generate(input);
	}

	@Test
	void writesEveryExpectedFileExceptTheOmittedFunding() {
		assertThat(input.resolve("SYNTHETIC.md")).isRegularFile();
		for (String name : List.of("countries.csv", "population.csv", "exchange_rates.csv")) {
			assertThat(input.resolve("reference").resolve(name)).isRegularFile();
		}
		for (int year : List.of(2024, 2025)) {
			for (String iso3 : List.of("XAA", "XAB", "XAC")) {
				for (String file : COUNTRY_FILES) {
					Path path = input.resolve(year + "/" + iso3 + "/" + file);
					boolean omitted = year == 2025 && iso3.equals("XAC") && file.equals("funding.csv");
					assertThat(Files.exists(path)).as(path.toString()).isEqualTo(!omitted);
				}
			}
		}
	}

	@Test
	void reportsWhatItWrote() throws IOException {
		long csvRows = 0;
		try (Stream<Path> files = Files.walk(input)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
				if (!file.getParent().endsWith("reference")) {
					csvRows += Files.readAllLines(file).size() - 1;
				}
			}
		}
		// 4 files at the top (note, three reference files), then 5 per country-year less the omitted one.
		assertThat(result).isEqualTo(new GenerationResult(3, 2, 4 + 3 * 2 * 5 - 1, csvRows));
	}

	@Test
	void countriesHaveFictionalCodesDiacriticsAndSeveralRegions() throws IOException {
		List<CSVRecord> countries = read(input.resolve("reference/countries.csv"));

		assertThat(countries).extracting(r -> r.get("iso3")).containsExactly("XAA", "XAB", "XAC");
		assertThat(countries).extracting(r -> r.get("name")).anyMatch(name -> !name.matches("[\\x00-\\x7F]*"));
		assertThat(countries).extracting(r -> r.get("region")).doesNotHaveDuplicates().hasSize(3);
	}

	@Test
	void referenceFilesCoverEveryCountryYearAndCurrency() throws IOException {
		List<CSVRecord> population = read(input.resolve("reference/population.csv"));
		List<CSVRecord> rates = read(input.resolve("reference/exchange_rates.csv"));

		assertThat(population).hasSize(3 * 3);
		assertThat(population).extracting(r -> Long.parseLong(r.get("population")))
			.allMatch(p -> p >= 190_000 && p <= 160_000_000);
		assertThat(rates).filteredOn(r -> r.get("currency").equals("USD"))
			.extracting(r -> r.get("per_usd"))
			.containsOnly("1");
		for (FictionalCountry country : FictionalCountries.create(OPTIONS.countries(), OPTIONS.seed())) {
			for (String year : List.of("2023", "2024", "2025")) {
				assertThat(rates).as(country.currency() + " " + year)
					.anyMatch(r -> r.get("currency").equals(country.currency()) && r.get("year").equals(year));
			}
		}
	}

	@Test
	void coverNamesTheCountryAndTheYearOfItsFolder() throws IOException {
		try (Workbook workbook = WorkbookFactory.create(input.resolve("2025/XAB/indicators.xlsx").toFile(), null,
				true)) {
			Sheet cover = workbook.getSheet("Cover");

			assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Country (ISO3)");
			assertThat(cover.getRow(0).getCell(1).getStringCellValue()).isEqualTo("XAB");
			assertThat(cover.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(cover.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2025);
			assertThat(cover.getRow(4).getCell(1).getStringCellValue()).startsWith("2026-");
		}
	}

	@Test
	void indicatorsSheetListsTheWorkbookItemsWithTypedValues() throws IOException {
		try (Workbook workbook = WorkbookFactory.create(input.resolve("2024/XAA/indicators.xlsx").toFile(), null,
				true)) {
			Sheet sheet = workbook.getSheet("Indicators");
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
			List<String> codes = new ArrayList<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				codes.add(row.getCell(0).getStringCellValue());
				if (row.getCell(3).getStringCellValue().equals("Yes/Partial/No")) {
					assertThat(row.getCell(2).getStringCellValue()).isIn("Yes", "Partial", "No");
				}
				else {
					assertThat(row.getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(0);
				}
			}

			assertThat(header).containsExactly("Code", "Indicator", "Value", "Unit", "Evidence", "Comment");
			assertThat(codes).containsExactly("PV.1", "PV.2", "PV.3", "PV.5", "PT.4", "PT.5", "PR.1", "PR.6", "PA.1",
					"PA.2", "PA.3a", "PA.3b", "PA.4", "PA.5");
		}
	}

	@Test
	void rowCountsAreAboutTheRequestedSize() throws IOException {
		for (int year : List.of(2024, 2025)) {
			// The first country has exactly the requested volume, give or take 5 % a year.
			assertThat(read(input.resolve(year + "/XAA/victims.csv"))).hasSizeBetween(47, 53);
			assertThat(read(input.resolve(year + "/XAA/prosecutions.csv"))).hasSizeBetween(15, 18);
			for (String iso3 : List.of("XAB", "XAC")) {
				assertThat(read(input.resolve(year + "/" + iso3 + "/victims.csv"))).hasSizeBetween(9, 105);
				assertThat(read(input.resolve(year + "/" + iso3 + "/training.csv"))).hasSizeBetween(5, 40);
			}
		}
	}

	@Test
	void csvFilesAreUtf8WithLfLineEndsAndNoBom() throws IOException {
		byte[] bytes = Files.readAllBytes(input.resolve("reference/countries.csv"));

		assertThat(bytes[0]).isEqualTo((byte) 'i');
		assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("\n");
	}

	@Test
	void victimRowsUseTheBriefsCodesExceptTheInjectedErrors() throws IOException {
		Map<String, Set<String>> codes = Map.of("sex", Set.of("female", "male", "other", "unknown"), "age_group",
				Set.of("child", "adult", "unknown"), "referred_to_assistance", Set.of("yes", "no", "unknown"),
				"residence_permit", Set.of("granted", "refused", "not_applicable", "unknown"));
		int bad = 0;
		int rows = 0;
		for (CSVRecord row : read(input.resolve("2025/XAA/victims.csv"))) {
			rows++;
			boolean ok = row.get("identified_on").startsWith("2025-")
					&& codes.entrySet().stream().allMatch(e -> e.getValue().contains(row.get(e.getKey())))
					&& !row.get("exploitation").equals("trafficking");
			bad += ok ? 0 : 1;
			boolean national = row.get("citizenship").equals("XAA");
			assertThat(row.get("residence_permit").equals("not_applicable")).isEqualTo(national);
			assertThat(row.get("victim_ref")).startsWith("V-XAA-2025-");
		}
		assertThat(bad).isLessThanOrEqualTo(rows / 20);
	}

	@Test
	void sentencesAppearOnlyForConvictions() throws IOException {
		for (CSVRecord row : read(input.resolve("2024/XAB/prosecutions.csv"))) {
			if (!row.get("stage").equals("convicted")) {
				assertThat(row.get("sentence_months")).isEmpty();
				assertThat(row.get("sentence_suspended")).isEmpty();
			}
			else {
				assertThat(row.get("sentence_suspended")).isIn("yes", "no");
			}
		}
	}

	@Test
	void fundingDescriptionsWithCommasSurviveQuoting() throws IOException {
		List<CSVRecord> lines = read(input.resolve("2024/XAA/funding.csv"));

		assertThat(lines).hasSizeBetween(5, 25);
		assertThat(lines).allSatisfy(line -> {
			assertThat(line.size()).isEqualTo(6);
			assertThat(line.get("amount")).matches("\\d+\\.\\d{2}");
			assertThat(line.get("pillar")).isIn("prevention", "protection", "prosecution", "partnership",
					"cross_cutting");
		});
	}

	@Test
	void noteMarksTheDataSyntheticWithTheCommandAndTheInjectedErrors() throws IOException {
		String note = Files.readString(input.resolve("SYNTHETIC.md"));

		assertThat(note).contains("synthetic")
			.contains("generate --countries 3 --years 2024,2025 --records 50 --seed 7 --output " + input)
			.contains("2025/XAC/funding.csv is missing")
			.contains("reports more MLA requests executed (PA.3b) than received (PA.3a)")
			.doesNotContain("in progress");
	}

	@Test
	void oneCountryYearReportsMoreMlaRequestsExecutedThanReceived() throws IOException {
		int inflated = 0;
		for (int year : List.of(2024, 2025)) {
			for (String iso3 : List.of("XAA", "XAB", "XAC")) {
				Map<String, Double> counts = counts(input.resolve(year + "/" + iso3 + "/indicators.xlsx"));
				inflated += counts.get("PA.3b") > counts.get("PA.3a") ? 1 : 0;
			}
		}
		assertThat(inflated).isEqualTo(1);
	}

	@Nested
	class Determinism {

		@Test
		void sameOptionsWriteByteIdenticalFiles(@TempDir Path other) throws IOException {
			new SyntheticDataGenerator(OPTIONS).generate(other);

			for (Path file : files(input)) {
				Path twin = other.resolve(input.relativize(file).toString());
				if (!file.endsWith("SYNTHETIC.md")) {
					assertThat(twin).as(twin.toString()).hasSameBinaryContentAs(file);
				}
			}
			assertThat(files(other)).hasSameSizeAs(files(input));
			assertThat(counts(other.resolve("2025/XAA/indicators.xlsx")))
				.isEqualTo(counts(input.resolve("2025/XAA/indicators.xlsx")));
			assertThat(cells(other.resolve("2024/XAB/indicators.xlsx")))
				.isEqualTo(cells(input.resolve("2024/XAB/indicators.xlsx")));
		}

		@Test
		void anotherSeedWritesOtherData(@TempDir Path other) throws IOException {
			new SyntheticDataGenerator(new GeneratorOptions(3, List.of(2025), 50, 8L)).generate(other);

			assertThat(Files.readString(other.resolve("2025/XAA/victims.csv")))
				.isNotEqualTo(Files.readString(input.resolve("2025/XAA/victims.csv")));
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static List<CSVRecord> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return parser.getRecords();
		}
	}

	/** Code to numeric value of the count rows of a workbook's Indicators sheet. */
	private static Map<String, Double> counts(Path workbook) throws IOException {
		try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
			Map<String, Double> counts = new TreeMap<>();
			for (Row row : book.getSheet("Indicators")) {
				if (row.getRowNum() > 0 && row.getCell(2).getCellType() == CellType.NUMERIC) {
					counts.put(row.getCell(0).getStringCellValue(), row.getCell(2).getNumericCellValue());
				}
			}
			return counts;
		}
	}

	/** Every cell of every sheet as displayed text, sheet by sheet. */
	private static List<String> cells(Path workbook) throws IOException {
		DataFormatter formatter = new DataFormatter();
		List<String> cells = new ArrayList<>();
		try (Workbook book = WorkbookFactory.create(workbook.toFile(), null, true)) {
			book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells
				.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + formatter.formatCellValue(cell)))));
		}
		return cells;
	}
}
