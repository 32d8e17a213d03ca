package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.scorecards.reference.Country;

class SummaryWorkbookTest {

	private static final int HEADER = 1;

	/** Handed over out of order on purpose: the workbook ranks them. */
	private final CycleReport cycle = new CycleReport(2024,
			List.of(AnnexFixtures.notRated(new Country("ELD", "Eldorado", "Oceania"), "Prosecution: insufficient data"),
					AnnexFixtures.report(new Country("LEM", "Lemuria", "Oceania"), new BigDecimal("61.2"), "C", 2),
					AnnexFixtures.report(new Country("ATL", "Atlantis", "Arctic"), new BigDecimal("81.04"), "A", 1)),
			Map.of("Oceania", Map.of("prevention", new BigDecimal("61.25"), "overall", new BigDecimal("61.2")),
					"Arctic", Map.of("overall", new BigDecimal("81.04"))),
			AnnexFixtures.METHODOLOGY, AnnexFixtures.GENERATED_ON, true);

	private XSSFWorkbook written() throws IOException {
		return AnnexFixtures.read(AnnexFixtures.bytes(out -> new SummaryWorkbook().write(cycle, out)));
	}

	@Test
	void rankingRatedFirstByRank() throws IOException {
		try (XSSFWorkbook workbook = written()) {
			XSSFSheet ranking = workbook.getSheet("Ranking");
			assertThat(ranking.getRow(0).getCell(0).getStringCellValue()).startsWith("SYNTHETIC DEMO DATA");
			assertThat(List.of(1, 2, 3)).extracting(i -> ranking.getRow(HEADER + i).getCell(1).getStringCellValue())
				.containsExactly("ATL", "LEM", "ELD");
			Row first = ranking.getRow(HEADER + 1);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(5).getNumericCellValue()).isCloseTo(81.04, within(1e-9));
			assertThat(first.getCell(6).getStringCellValue()).isEqualTo("A");
			assertThat(first.getCell(13).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(ranking.getRow(HEADER + 3).getCell(0)).isNull();
			assertThat(ranking.getPaneInformation().isFreezePane()).isTrue();
			assertThat(ranking.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:N5");
		}
	}

	@Test
	void regionsBandsAndNotRated() throws IOException {
		try (XSSFWorkbook workbook = written()) {
			Row oceania = AnnexFixtures.rowWith(workbook.getSheet("Regions"), 0, "Oceania");
			assertThat(oceania.getCell(1).getNumericCellValue()).isEqualTo(1);
			assertThat(oceania.getCell(2).getNumericCellValue()).isCloseTo(61.25, within(1e-9));
			assertThat(oceania.getCell(6).getNumericCellValue()).isCloseTo(61.2, within(1e-9));

			XSSFSheet bands = workbook.getSheet("Bands");
			assertThat(AnnexFixtures.rowWith(bands, 0, "A").getCell(3).getNumericCellValue()).isEqualTo(1);
			assertThat(AnnexFixtures.rowWith(bands, 0, "B").getCell(3).getNumericCellValue()).isZero();

			Row eldorado = AnnexFixtures.rowWith(workbook.getSheet("Not rated"), 0, "ELD");
			assertThat(eldorado.getCell(3).getStringCellValue()).isEqualTo("not rated");
			assertThat(eldorado.getCell(4).getStringCellValue()).isEqualTo("Prosecution: insufficient data");
		}
	}
}
