package org.scorecards.intake;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.reference.ReferenceData;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;
import org.scorecards.validation.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each CSV family, good and bad, and the dialects spreadsheet programs export. */
class ValidatedCsvReaderTest {

	static final ReferenceData REFERENCE = ReferenceDataLoader.load(Path.of("src/test/resources/cycle-fixture/reference"));

	static final CsvRules RULES = CsvRules.bundled();

	@TempDir
	Path dir;

	final List<CsvRow> accepted = new ArrayList<>();

	CsvIntakeResult read(String name, String content) throws IOException {
		return read(name, content.getBytes(StandardCharsets.UTF_8));
	}

	CsvIntakeResult read(String name, byte[] content) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, content);
		return new ValidatedCsvReader("XAA", 2025, REFERENCE, RuleCatalogue.bundled()).read(file, RULES.file(name),
				accepted::add);
	}

	static List<String> located(CsvIntakeResult result) {
		return result.findings().stream().map(f -> f.location() + " " + f.rule() + " " + f.value()).toList();
	}

	@Nested
	class Victims {

		static final String HEADER = "victim_ref,identified_on,sex,age_group,citizenship,exploitation,identified_by,referred_to_assistance,residence_permit\n";

		@Test
		void goodRecordsAreAllAcceptedWithCodesInAnyCase() throws IOException {
			CsvIntakeResult result = read("victims.csv", HEADER + """
					V1,2025-01-10,Female,ADULT,xaa,sexual,police,yes,not_applicable
					V2,2025-12-31,male,child,FRA,labour,ngo,no,granted
					""");
			assertThat(result.findings()).isEmpty();
			assertThat(result.count().accepted()).isEqualTo(2);
			assertThat(accepted.get(0).get("sex")).isEqualTo("female");
			assertThat(accepted.get(0).get("citizenship")).isEqualTo("XAA");
		}

		@Test
		void badRecordsAreRejectedWithEveryReasonLocated() throws IOException {
			CsvIntakeResult result = read("victims.csv", HEADER + """
					V1,2025-01-10,female,adult,XAA,sexual,police,yes,not_applicable
					V2,2024-12-31,male,child,FRA,labour,ngo,no,granted
					V3,2025-02-30,male,teen,QQQ,labour,ngo,no,granted
					V1,2025-03-01,male,adult,FRA,labour,ngo,no,granted
					""");
			assertThat(located(result)).containsExactly("line 3 date.in_year 2024-12-31", "line 4 date.format 2025-02-30",
					"line 4 code.allowed teen", "line 4 country.code QQQ", "line 5 ref.unique ");
			assertThat(result.count()).extracting(c -> c.read(), c -> c.accepted(), c -> c.rejected())
				.containsExactly(4L, 1L, 3L);
			assertThat(result.findings().get(2).message()).isEqualTo("age_group must be one of child, adult, unknown");
		}
	}

	@Nested
	class Prosecutions {

		static final String HEADER = "case_ref,defendant_ref,stage,stage_date,exploitation,transnational,sentence_months,sentence_suspended\n";

		@Test
		void goodRecordsAreAccepted() throws IOException {
			CsvIntakeResult result = read("prosecutions.csv", HEADER + """
					C1,D1,convicted,2025-03-01,sexual,yes,24,no
					C1,D2,acquitted,2025-03-01,sexual,yes,,
					C2,D1,investigated,2025-04-01,labour,unknown,,
					""");
			assertThat(result.findings()).isEmpty();
			assertThat(result.count().accepted()).isEqualTo(3);
		}

		@Test
		void sentenceFieldsGoWithConvictionsOnlyAndCaseDefendantPairsAreUnique() throws IOException {
			CsvIntakeResult result = read("prosecutions.csv", HEADER + """
					C1,D1,convicted,2025-03-01,sexual,yes,,no
					C1,D2,dismissed,2025-03-01,sexual,yes,12,
					C1,D3,convicted,2025-03-01,sexual,yes,-1,no
					C2,D4,convicted,2025-03-01,sexual,yes,6,no
					C2,D4,convicted,2025-03-01,sexual,yes,6,no
					""");
			assertThat(located(result)).containsExactly("line 2 sentence.required_for_conviction ",
					"line 3 sentence.only_for_conviction 12", "line 4 number.min -1", "line 6 ref.unique ");
			assertThat(result.findings().get(1).message())
				.isEqualTo("sentence_months is given only for a conviction; leave it empty for stage dismissed");
			assertThat(result.findings().get(3).message())
				.isEqualTo("case_ref + defendant_ref repeats an earlier record; each must be unique in the file");
			assertThat(result.count().rejected()).isEqualTo(4);
		}

		@Test
		void aConditionTakesItsSeverityAndWordingFromTheRulesFile() throws IOException {
			String bundled = new String(RuleCatalogue.class.getResourceAsStream(RuleCatalogue.BUNDLED).readAllBytes(),
					StandardCharsets.UTF_8);
			Path rules = dir.resolve("rules.yaml");
			Files.writeString(rules, bundled.replace(
					"sentence.required_for_conviction: {severity: error, facts: [field], message: \"a conviction needs {field}",
					"sentence.required_for_conviction: {severity: warning, facts: [field, stage], message: \"stage {stage} wants {field}"));
			Path file = dir.resolve("prosecutions.csv");
			Files.writeString(file, HEADER + "C1,D1,convicted,2025-03-01,sexual,yes,,no\n");

			CsvIntakeResult result = new ValidatedCsvReader("XAA", 2025, REFERENCE, RuleCatalogue.load(rules))
				.read(file, RULES.file("prosecutions.csv"), accepted::add);

			assertThat(result.findings()).extracting(Finding::severity, Finding::message)
				.containsExactly(tuple(Severity.WARNING,
						"stage convicted wants sentence_months: give the sentence in months and whether it is suspended"));
			// a warning flags the record; it is still accepted
			assertThat(result.count().accepted()).isEqualTo(1);
		}
	}

	@Nested
	class Funding {

		static final String HEADER = "line_ref,pillar,source,amount,currency,description\n";

		@Test
		void goodRecordsAreAccepted() throws IOException {
			CsvIntakeResult result = read("funding.csv", HEADER + """
					F1,prevention,state,1250.50,EUR,"Campaigns, schools"
					F2,cross_cutting,donor,0,usd,
					""");
			assertThat(result.findings()).isEmpty();
		}

		@Test
		void thousandsSeparatorsAndUnknownCurrenciesAreRefusedWithTheReason() throws IOException {
			CsvIntakeResult result = read("funding.csv", HEADER + """
					F1,prevention,state,"1,250.50",EUR,Campaigns
					F2,prevention,state,100,GBP,Campaigns
					F3,awareness,state,100,EUR,Campaigns
					""");
			assertThat(located(result)).containsExactly("line 2 decimal.format 1,250.50", "line 3 currency.rate GBP",
					"line 4 code.allowed awareness");
			assertThat(result.findings().get(1).message())
				.isEqualTo("currency needs an exchange rate for 2025 in exchange_rates.csv; none is given for GBP");
		}
	}

	@Nested
	class Training {

		static final String HEADER = "session_ref,held_on,audience,participants,hours\n";

		@Test
		void goodRecordsAreAccepted() throws IOException {
			assertThat(read("training.csv", HEADER + "T1,2025-02-01,police,50,7.5\n").findings()).isEmpty();
		}

		@Test
		void participantsAndHoursMustBePositive() throws IOException {
			CsvIntakeResult result = read("training.csv", HEADER + """
					T1,2025-02-01,police,0,8
					T2,2025-02-01,police,3.5,0
					""");
			assertThat(located(result)).containsExactly("line 2 number.min 0", "line 3 integer.format 3.5",
					"line 3 number.min 0");
			assertThat(result.findings().get(2).message()).isEqualTo("hours must be above 0");
		}
	}

	@Nested
	class Dialects {

		static final String HEADER = "session_ref,held_on,audience,participants,hours";

		@Test
		void aByteOrderMarkIsSkipped() throws IOException {
			CsvIntakeResult result = read("training.csv", "\uFEFF" + HEADER + "\nT1,2025-02-01,police,5,8\n");
			assertThat(result.findings()).isEmpty();
			assertThat(result.count().accepted()).isEqualTo(1);
		}

		@Test
		void semicolonsAreReadAndFlagged() throws IOException {
			CsvIntakeResult result = read("training.csv", HEADER.replace(',', ';') + "\nT1;2025-02-01;police;5;8\n");
			assertThat(located(result)).containsExactly(" file.separator ;");
			assertThat(result.count().accepted()).isEqualTo(1);
		}

		@Test
		void windows1252IsReadAndFlagged() throws IOException {
			String text = "line_ref,pillar,source,amount,currency,description\nF1,prevention,state,10,EUR,Campagne été\n";
			CsvIntakeResult result = read("funding.csv", text.getBytes(Charset.forName("windows-1252")));
			assertThat(located(result)).containsExactly(" file.encoding windows-1252");
			assertThat(result.count().accepted()).isEqualTo(1);
		}

		@Test
		void quotedNewlinesKeepLineNumbersPhysical() throws IOException {
			CsvIntakeResult result = read("funding.csv", """
					line_ref,pillar,source,amount,currency,description
					F1,prevention,state,10,EUR,"first line
					second line"
					F2,prevention,state,ten,EUR,x
					""");
			assertThat(located(result)).containsExactly("line 4 decimal.format ten");
		}

		@Test
		void trailingBlankLinesAreNotRecords() throws IOException {
			CsvIntakeResult result = read("training.csv", HEADER + "\nT1,2025-02-01,police,5,8\n\n\n\n");
			assertThat(result.count().read()).isEqualTo(1);
			assertThat(result.findings()).isEmpty();
		}

		@Test
		void aStraySeparatorRejectsTheRecord() throws IOException {
			CsvIntakeResult result = read("training.csv", HEADER + "\nT1,2025-02-01,police,5,8,extra\n");
			assertThat(located(result)).containsExactly("line 2 record.columns ");
		}

		@Test
		void aMissingColumnRefusesTheFileAndCountsItsRecordsRejected() throws IOException {
			CsvIntakeResult result = read("training.csv", "session_ref,held_on,audience,hours\nT1,2025-02-01,police,8\n");
			assertThat(located(result)).containsExactly("line 1 header.missing_column participants");
			assertThat(result.count()).extracting(c -> c.read(), c -> c.rejected()).containsExactly(1L, 1L);
		}
	}

	@Nested
	class HostileFiles {

		@Test
		void aWorkbookRenamedCsvIsRefusedAsNotText() throws IOException {
			byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0 };
			CsvIntakeResult result = read("victims.csv", zip);
			assertThat(result.findings()).extracting(Finding::rule).containsExactly("file.not_csv");
			assertThat(result.findings().get(0).message()).contains("a zip archive");
		}

		@Test
		void aUtf16ExportIsRefusedByItsNameNotAsBinaryData() throws IOException {
			String text = "victim_ref,identified_on\nV1,2025-03-01\n";
			for (java.nio.charset.Charset utf16 : List.of(java.nio.charset.StandardCharsets.UTF_16LE,
					java.nio.charset.StandardCharsets.UTF_16BE)) {
				// What LibreOffice's and Excel's "Unicode" exports write: a byte order mark, then UTF-16.
				byte[] bom = utf16 == java.nio.charset.StandardCharsets.UTF_16LE ? new byte[] { (byte) 0xFF, (byte) 0xFE }
						: new byte[] { (byte) 0xFE, (byte) 0xFF };
				byte[] body = text.getBytes(utf16);
				byte[] file = java.util.Arrays.copyOf(bom, bom.length + body.length);
				System.arraycopy(body, 0, file, bom.length, body.length);
				CsvIntakeResult result = read("victims.csv", file);
				assertThat(result.findings()).extracting(Finding::rule).as(utf16.name()).containsExactly("file.utf16");
				assertThat(result.findings().get(0).severity()).isEqualTo(Severity.ERROR);
				assertThat(result.findings().get(0).message()).contains("victims.csv is UTF-16 text")
					.contains("CSV UTF-8")
					.doesNotContain("binary");
			}
		}

		@Test
		void binaryDataIsRefused() throws IOException {
			CsvIntakeResult result = read("victims.csv", new byte[] { 'a', 0, 'b', 0 });
			assertThat(result.findings()).extracting(Finding::rule).containsExactly("file.not_csv");
		}

		@Test
		void aFileAboveTheSizeLimitIsRefusedUnread() throws IOException {
			Path rules = dir.resolve("rules.yaml");
			String bundled = new String(RuleCatalogue.class.getResourceAsStream(RuleCatalogue.BUNDLED).readAllBytes(),
					StandardCharsets.UTF_8);
			Files.writeString(rules, bundled.replace("max_csv_megabytes: 2048", "max_csv_megabytes: 0"));
			Path file = dir.resolve("training.csv");
			Files.writeString(file, "session_ref,held_on,audience,participants,hours\nT1,2025-02-01,police,5,8\n");
			CsvIntakeResult result = new ValidatedCsvReader("XAA", 2025, REFERENCE, RuleCatalogue.load(rules))
				.read(file, RULES.file("training.csv"), accepted::add);
			assertThat(result.findings()).extracting(Finding::rule).containsExactly("file.too_large");
			assertThat(accepted).isEmpty();
		}
	}

	/**
	 * Every file read twice: with the real hash, and with one under which every key collides, holding few keys
	 * per look. The second must give what the first gives: no valid record lost, every true repeat found.
	 */
	@Nested
	class WhenEveryKeyHashesAlike {

		record Reading(CsvIntakeResult result, List<List<String>> accepted) {
		}

		Reading read(String name, String content, RuleCatalogue catalogue, long parseAheadBytes,
				Function<List<List<String>>, UniqueKeys> uniqueKeys) throws IOException {
			Path file = dir.resolve(name);
			Files.writeString(file, content, StandardCharsets.UTF_8);
			List<String> columns = List.copyOf(RULES.file(name).columns().keySet());
			List<List<String>> accepted = new ArrayList<>();
			CsvIntakeResult result = new ValidatedCsvReader("XAA", 2025, REFERENCE, catalogue, parseAheadBytes,
					uniqueKeys)
				.read(file, RULES.file(name), row -> accepted.add(columns.stream().map(row::get).toList()));
			return new Reading(result, accepted);
		}

		Reading readBothWays(String name, String content, RuleCatalogue catalogue, long parseAheadBytes)
				throws IOException {
			return readBothWays(name, content, catalogue, parseAheadBytes, 4);
		}

		/** The colliding reading, after checking it equals the real one (accepted records in any order). */
		Reading readBothWays(String name, String content, RuleCatalogue catalogue, long parseAheadBytes, int heldKeys)
				throws IOException {
			Reading real = read(name, content, catalogue, Long.MAX_VALUE, UniqueKeys::new);
			Reading colliding = read(name, content, catalogue, parseAheadBytes,
					keys -> new UniqueKeys(keys, UniqueKeysTest.ALL_ALIKE, heldKeys));
			assertThat(colliding.result().count()).isEqualTo(real.result().count());
			assertThat(colliding.result().findings()).isEqualTo(real.result().findings());
			assertThat(colliding.accepted()).containsExactlyInAnyOrderElementsOf(real.accepted());
			IntakeCount count = colliding.result().count();
			assertThat(count.accepted() + count.rejected()).isEqualTo(count.read());
			return colliding;
		}

		@Test
		void distinctRecordsAreAllAccepted() throws IOException {
			Reading reading = readBothWays("victims.csv", Victims.HEADER + """
					V1,2025-01-10,female,adult,XAA,sexual,police,yes,not_applicable
					V2,2025-02-10,male,child,FRA,labour,ngo,no,granted
					V3,2025-03-10,female,adult,XAA,sexual,police,yes,not_applicable
					V10,2025-04-10,male,adult,FRA,labour,ngo,no,granted
					V11,2025-05-10,female,child,XAA,sexual,police,yes,not_applicable
					V12,2025-06-10,male,adult,FRA,labour,ngo,no,granted
					""", RuleCatalogue.bundled(), Long.MAX_VALUE);
			assertThat(reading.result().findings()).isEmpty();
			assertThat(reading.result().count().accepted()).isEqualTo(6);
			assertThat(reading.accepted()).extracting(values -> values.get(0))
				.containsExactlyInAnyOrder("V1", "V2", "V3", "V10", "V11", "V12");
		}

		@Test
		void trueRepeatsAreRejectedWithTheirFindingsInPlace() throws IOException {
			Reading reading = readBothWays("prosecutions.csv", Prosecutions.HEADER + """
					C1,D1,convicted,2025-03-01,sexual,yes,6,no
					C1,D2,investigated,2025-03-01,sexual,yes,,
					C1,D1,investigated,2025-03-01,sexual,yes,,
					C2,D1,convicted,2025-03-01,sexual,yes,,no
					C1,D2,dismissed,2025-03-01,sexual,yes,12,
					C3,D3,investigated,2025-03-01,sexual,yes,,
					C1,D1,investigated,2025-03-01,sexual,yes,,
					C2,D1,convicted,2025-03-01,sexual,yes,6,no
					""", RuleCatalogue.bundled(), Long.MAX_VALUE);
			// A repeat that also breaks a condition has both findings, the repeat's last, as before.
			assertThat(located(reading.result())).containsExactly("line 4 ref.unique ",
					"line 5 sentence.required_for_conviction ", "line 6 sentence.only_for_conviction 12",
					"line 6 ref.unique ", "line 8 ref.unique ", "line 9 ref.unique ");
			assertThat(reading.result().count()).extracting(c -> c.read(), c -> c.accepted(), c -> c.rejected())
				.containsExactly(8L, 3L, 5L);
		}

		@Test
		void aLargeFileParsedAheadOverManyLooksLosesNoRecord() throws IOException {
			String content = ParseAheadTest.records(5 * RecordBatch.SIZE + 17, new Random(42));
			// Every record after the first is held; 500 keys a look make about ten looks.
			Reading reading = readBothWays("prosecutions.csv", content, RuleCatalogue.bundled(), 0, 500);
			assertThat(reading.result().findings()).extracting(Finding::rule).contains("ref.unique", "record.columns");
		}

		@Test
		void theFirstRepeatsByLineAreListedAndTheRestCounted() throws IOException {
			Path rules = dir.resolve("rules.yaml");
			String bundled = new String(RuleCatalogue.class.getResourceAsStream(RuleCatalogue.BUNDLED).readAllBytes(),
					StandardCharsets.UTF_8);
			Files.writeString(rules, bundled.replace("max_findings_per_rule: 1000", "max_findings_per_rule: 2"));
			StringBuilder csv = new StringBuilder(Training.HEADER);
			for (int i = 0; i < 12; i++) {
				csv.append("T").append(i % 5).append(",2025-02-01,police,").append(i == 7 ? "0" : "5").append(",8\n");
			}
			Reading reading = readBothWays("training.csv", csv.toString(), RuleCatalogue.load(rules), Long.MAX_VALUE);
			assertThat(located(reading.result())).containsExactly("line 7 ref.unique ", "line 8 ref.unique ",
					"line 9 number.min 0", " findings.more ref.unique");
			assertThat(reading.result().findings().get(3).message()).startsWith("4 more records");
		}
	}

	/** Records built to break the reader, as the hostile-input sweep (issue 13) sent them. */
	@Nested
	class HostileRecords {

		/** read = accepted + rejected, against the non-blank lines below the header (what wc -l counts). */
		void accountedAgainstLines(CsvIntakeResult result, String content) {
			long lines = content.lines().skip(1).filter(l -> !l.isBlank()).count();
			IntakeCount count = result.count();
			assertThat(count.accepted() + count.rejected()).isEqualTo(count.read());
			assertThat(count.read()).isEqualTo(lines);
		}

		String victims(int n, int brokenAt, String broken) {
			StringBuilder csv = new StringBuilder(Victims.HEADER);
			for (int i = 2; i < n + 2; i++) {
				csv.append(i == brokenAt ? broken
						: "V" + i + ",2025-01-10,female,adult,XAA,sexual,police,yes,not_applicable").append('\n');
			}
			return csv.toString();
		}

		@Test
		void aQuoteInsideAFieldCostsOneRecordNotTheRestOfTheFile() throws IOException {
			String content = victims(100, 51, "V51,2025-01-10,\"fe\"male\",adult,XAA,sexual,police,yes,not_applicable");
			CsvIntakeResult result = read("victims.csv", content);
			assertThat(located(result)).containsExactly("line 51 record.syntax ");
			assertThat(result.findings().get(0).message()).doesNotContain("java").doesNotContain("Exception");
			assertThat(result.count()).extracting(c -> c.accepted(), c -> c.rejected()).containsExactly(99L, 1L);
			accountedAgainstLines(result, content);
			assertThat(accepted).extracting(r -> r.get("victim_ref")).contains("V50", "V52", "V101");
		}

		@Test
		void anUnclosedQuoteCostsOneRecordAndReadingCarriesOnAtTheNextLine() throws IOException {
			String content = victims(1000, 3, "V3,2025-01-10,\"female,adult,XAA,sexual,police,yes,not_applicable");
			CsvIntakeResult result = read("victims.csv", content);
			assertThat(located(result)).containsExactly("line 3 record.syntax ");
			assertThat(result.count()).extracting(c -> c.accepted(), c -> c.rejected()).containsExactly(999L, 1L);
			accountedAgainstLines(result, content);
		}

		@Test
		void strayQuotesOnEveryLineCostOneRecordEach() throws IOException {
			StringBuilder content = new StringBuilder(Victims.HEADER);
			for (int i = 0; i < 40; i++) {
				content.append("V").append(i).append(",\"2025-01-10,female,adult,XAA,sexual,police,yes,not_applicable\n");
			}
			CsvIntakeResult result = read("victims.csv", content.toString());
			assertThat(result.count().accepted()).isZero();
			accountedAgainstLines(result, content.toString());
			assertThat(result.findings()).extracting(Finding::rule).containsOnly("record.syntax");
		}

		@Test
		void pastTheReplayBoundUnclosedQuotesStopReadingWithEveryLineLeftCountedRejected() throws IOException {
			Path rules = dir.resolve("rules.yaml");
			String bundled = new String(RuleCatalogue.class.getResourceAsStream(RuleCatalogue.BUNDLED).readAllBytes(),
					StandardCharsets.UTF_8);
			Files.writeString(rules, bundled.replace("max_field_characters: 4000", "max_field_characters: 30"));
			String good = "V,2025-01-10,female,adult,XAA,sexual,police,yes,not_applicable";
			StringBuilder content = new StringBuilder(Victims.HEADER);
			for (int i = 0; i < 40; i++) {
				// A quote never closed, then more than 16 fields' worth of the bound before the next record.
				content.append("Q").append(i).append(",\"x\n").append(("W" + i + "-").repeat(4000).replace("-", "-\n"));
			}
			content.append(good).append('\n');
			Path file = dir.resolve("victims.csv");
			Files.writeString(file, content);
			CsvIntakeResult result = new ValidatedCsvReader("XAA", 2025, REFERENCE, RuleCatalogue.load(rules))
				.read(file, RULES.file("victims.csv"), accepted::add);
			accountedAgainstLines(result, content.toString());
			assertThat(result.findings()).filteredOn(f -> f.rule().equals("record.syntax"))
				.last()
				.satisfies(f -> assertThat(f.message()).contains("counted as rejected"));
		}

		@Test
		void anOverlongFieldIsAFindingWithItsStartNotTheWholeValue() throws IOException {
			String code = "x".repeat(40_000);
			String content = victims(5, 4, "V4,2025-01-10," + code + ",adult,XAA,sexual,police,yes,not_applicable");
			CsvIntakeResult result = read("victims.csv", content);
			assertThat(result.findings()).singleElement().satisfies(f -> {
				assertThat(f.rule()).isEqualTo("field.too_long");
				assertThat(f.location()).isEqualTo("line 4");
				assertThat(f.value()).hasSizeLessThan(100).startsWith("xxxx");
				assertThat(f.message()).startsWith("sex is longer than");
			});
			assertThat(result.count()).extracting(c -> c.accepted(), c -> c.rejected()).containsExactly(4L, 1L);
		}

		@Test
		void aFieldOverTheBoundIsNeverHeldWhole() throws IOException {
			// The bound of rules.yaml lowered, so that a few kilobytes stand for the 600 MB field of the sweep.
			Path rules = dir.resolve("rules.yaml");
			String bundled = new String(RuleCatalogue.class.getResourceAsStream(RuleCatalogue.BUNDLED).readAllBytes(),
					StandardCharsets.UTF_8);
			Files.writeString(rules, bundled.replace("max_field_characters: 4000", "max_field_characters: 12"));
			Path file = dir.resolve("funding.csv");
			Files.writeString(file, "line_ref,pillar,source,amount,currency,description\n"
					+ "F1,prevention,state,10,EUR,\"" + "long text ".repeat(1000) + "\"\nF2,prevention,state,1"
					+ "0".repeat(1100) + ",EUR,x\nF3,prevention,state,10,EUR,short\n");
			CsvIntakeResult result = new ValidatedCsvReader("XAA", 2025, REFERENCE, RuleCatalogue.load(rules))
				.read(file, RULES.file("funding.csv"), accepted::add);
			assertThat(located(result)).containsExactly("line 2 field.too_long long text lo…",
					"line 3 field.too_long 100000000000…");
			assertThat(accepted).extracting(r -> r.get("line_ref")).containsExactly("F3");
		}

		@Test
		void numbersBeyondBeliefAreRejectedNotSummed() throws IOException {
			StringBuilder training = new StringBuilder("session_ref,held_on,audience,participants,hours\n");
			for (int i = 0; i < 10; i++) {
				training.append("T").append(i).append(",2025-02-01,police,999999999999999999,8\n");
			}
			training.append("T10,2025-02-01,police,12,8\n");
			CsvIntakeResult result = read("training.csv", training.toString());
			assertThat(result.findings()).extracting(Finding::rule).containsOnly("number.max");
			assertThat(accepted).extracting(r -> r.get("participants")).containsExactly("12");

			accepted.clear();
			CsvIntakeResult funding = read("funding.csv", "line_ref,pillar,source,amount,currency,description\n"
					+ "F1,prevention,state,1" + "0".repeat(1100) + ",EUR,x\nF2,prevention,state,0." + "0".repeat(40)
					+ "1,EUR,x\nF3,prevention,state,10,EUR,x\n");
			assertThat(located(funding)).extracting(l -> l.substring(0, l.lastIndexOf(' ')))
				.containsExactly("line 2 number.length", "line 3 number.length");
			assertThat(accepted).extracting(r -> r.get("line_ref")).containsExactly("F3");
		}

		@Test
		void aNulCharacterRejectsItsRecordNotTheFile() throws IOException {
			String content = victims(10, 5, "V5,2025-01-10,fem\0ale,adult,XAA,sexual,police,yes,not_applicable");
			CsvIntakeResult result = read("victims.csv", content);
			assertThat(located(result)).containsExactly("line 5 record.syntax ");
			assertThat(result.count()).extracting(c -> c.accepted(), c -> c.rejected()).containsExactly(9L, 1L);
		}

		@Test
		void aFileOfBlankLinesHasNoHeader() throws IOException {
			CsvIntakeResult result = read("victims.csv", "\n   \n\t\n\r\n\n");
			assertThat(result.findings()).extracting(Finding::rule).containsExactly("header.missing");
		}
	}

	@Test
	void aMissingFileIsAWarning() {
		CsvIntakeResult result = new ValidatedCsvReader("XAA", 2025, REFERENCE, RuleCatalogue.bundled())
			.read(dir.resolve("victims.csv"), RULES.file("victims.csv"), accepted::add);
		assertThat(result.present()).isFalse();
		assertThat(result.findings()).extracting(f -> f.severity().label(), Finding::rule)
			.containsExactly(tuple("warning", "file.missing"));
	}
}
