package org.scorecards.intake;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.TestWorkbooks;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;
import org.scorecards.validation.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CountryIntakeTest {

	@TempDir
	static Path input;

	static CountrySubmission xaa;

	static CountrySubmission xab;

	@BeforeAll
	static void readFixture() throws Exception {
		TestWorkbooks.cycleFixture(input);
		CountryIntake intake = new CountryIntake(MethodologyLoader.bundled(), CsvRules.bundled(),
				ReferenceDataLoader.load(input.resolve("reference")), RuleCatalogue.bundled());
		xaa = intake.read(input.resolve("2025/XAA"), "XAA", 2025);
		xab = intake.read(input.resolve("2025/XAB"), "XAB", 2025);
	}

	@Test
	void everyRecordIsAcceptedOrRejected() {
		assertThat(xaa.intake()).extracting(IntakeCount::file, IntakeCount::read, IntakeCount::accepted,
				IntakeCount::rejected)
			.containsExactly(tuple("indicators.xlsx", 14L, 14L, 0L), tuple("victims.csv", 7L, 6L, 1L),
					tuple("prosecutions.csv", 7L, 6L, 1L), tuple("funding.csv", 3L, 3L, 0L),
					tuple("training.csv", 5L, 5L, 0L));
	}

	@Test
	void aBadCodeIsLocatedByLineWithWhatIsExpected() {
		assertThat(xaa.findings()).contains(new Finding("XAA", Severity.ERROR, "victims.csv", "line 8", "code.allowed",
				"femal", "sex must be one of female, male, other, unknown"));
	}

	@Test
	void aConvictionWithoutSentenceIsRejected() {
		assertThat(xaa.findings()).filteredOn(f -> f.file().equals("prosecutions.csv"))
			.extracting(Finding::location, Finding::rule)
			.containsExactly(tuple("line 8", "sentence.required_for_conviction"),
					tuple("line 8", "sentence.required_for_conviction"));
	}

	@Test
	void evidenceIsCountedFromAcceptedRecords() {
		// 4 referred of 5 known outcomes (one unknown left out)
		assertThat(xaa.evidence().get("PT.2").numerator()).isEqualByComparingTo("4");
		assertThat(xaa.evidence().get("PT.2").denominator()).isEqualByComparingTo("5");
		// 50 police + 10 judges trained
		assertThat(xaa.evidence().get("PR.5").numerator()).isEqualByComparingTo("60");
		// PA.3 reads PA.3b over PA.3a, the latter stored as text in the workbook
		assertThat(xaa.evidence().get("PA.3").numerator()).isEqualByComparingTo("8");
		assertThat(xaa.evidence().get("PA.3").denominator()).isEqualByComparingTo("10");
	}

	@Test
	void figuresCountedFromAFileWithRejectedRecordsAreFlagged() {
		// victims.csv lost line 8; training.csv was clean
		assertThat(xaa.evidence().get("PT.1").warning()).isTrue();
		assertThat(xaa.evidence().get("PR.5").warning()).isFalse();
		assertThat(xaa.evidence().get("PV.1").warning()).isFalse();
	}

	@Test
	void fundingIsConvertedToUsdAndCrossCuttingSplitAcrossFourPillars() {
		// 100,000 EUR at 0.8 per USD = 125,000 USD, plus a quarter of 40,000 USD cross-cutting
		assertThat(xaa.evidence().get("PV.4").numerator()).isEqualByComparingTo("135000");
		assertThat(xaa.evidence().get("PT.6").numerator()).isEqualByComparingTo("200000");
		assertThat(xaa.evidence().get("PA.6").numerator()).isEqualByComparingTo("10000");
		assertThat(xaa.keyFigures().fundingUsdByPillar().get("prevention")).isEqualByComparingTo("125000");
	}

	@Test
	void breakdownsCountAcceptedRecordsOnly() {
		assertThat(xaa.keyFigures().victimsBySex()).containsEntry("female", 3L).containsEntry("male", 2L)
			.containsEntry("unknown", 1L);
		assertThat(xaa.keyFigures().defendantsByStage()).containsEntry("convicted", 4L);
	}

	@Test
	void aCoverNamingAnotherCountryBlocksIt() {
		assertThat(xab.blocked()).isTrue();
		assertThat(xab.findings()).contains(new Finding("XAB", Severity.ERROR, "indicators.xlsx", "Cover!B1",
				"cover.country", "XAC", "Country (ISO3) must be XAB, the country folder this workbook was submitted in"));
	}

	@Test
	void aBlockedWorkbookAcceptsNoRow() {
		assertThat(xab.intake()).filteredOn(c -> c.file().equals("indicators.xlsx"))
			.extracting(IntakeCount::read, IntakeCount::accepted, IntakeCount::rejected)
			.containsExactly(tuple(14L, 0L, 14L));
	}

	@Test
	void aMissingCsvIsAWarningAndItsIndicatorsAreNotReported() {
		assertThat(xab.findings()).contains(new Finding("XAB", Severity.WARNING, "victims.csv", "", "file.missing", "",
				"victims.csv was not submitted: the indicators it feeds are not reported"));
		assertThat(xab.evidence()).doesNotContainKey("PT.1");
	}

	@org.junit.jupiter.api.Nested
	class AMalformedQuote {

		@TempDir
		Path dir;

		@Test
		void costsOneRecordAndTheChartsCountOnlyTheAcceptedOnes() throws Exception {
			Path input = TestWorkbooks.cycleFixture(dir);
			StringBuilder csv = new StringBuilder("victim_ref,identified_on,sex,age_group,citizenship,exploitation,"
					+ "identified_by,referred_to_assistance,residence_permit\n");
			for (int i = 2; i <= 1000; i++) {
				csv.append(i == 51 ? "V51,2025-01-10,\"fe\"male\",adult,XAA,sexual,police,yes,not_applicable\n"
						: "V" + i + ",2025-01-10,female,adult,XAA,sexual,police,yes,not_applicable\n");
			}
			java.nio.file.Files.writeString(input.resolve("2025/XAA/victims.csv"), csv);
			CountrySubmission read = new CountryIntake(MethodologyLoader.bundled(), CsvRules.bundled(),
					ReferenceDataLoader.load(input.resolve("reference")), RuleCatalogue.bundled())
				.read(input.resolve("2025/XAA"), "XAA", 2025);
			assertThat(read.intake()).filteredOn(c -> c.file().equals("victims.csv"))
				.extracting(IntakeCount::read, IntakeCount::accepted, IntakeCount::rejected)
				.containsExactly(tuple(999L, 998L, 1L));
			assertThat(read.findings()).filteredOn(f -> f.file().equals("victims.csv"))
				.extracting(Finding::location, Finding::rule)
				.containsExactly(tuple("line 51", "record.syntax"));
			assertThat(read.keyFigures().victimsBySex()).containsEntry("female", 998L);
			assertThat(read.evidence()).containsKey("PT.1");
		}
	}
}
