package org.scorecards.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large files are parsed on a thread of their own; what comes out must be exactly what the inline path gives.
 * Each file is read twice, parsed inline and parsed ahead (the size threshold lowered to zero), and compared.
 */
class ParseAheadTest {

	static final String HEADER = "case_ref,defendant_ref,stage,stage_date,exploitation,transnational,sentence_months,sentence_suspended\n";

	@TempDir
	Path dir;

	record Reading(CsvIntakeResult result, List<List<String>> accepted) {
	}

	Reading read(Path file, long parseAheadBytes) {
		List<List<String>> accepted = new ArrayList<>();
		CsvIntakeResult result = new ValidatedCsvReader("XAA", 2025, ValidatedCsvReaderTest.REFERENCE,
				RuleCatalogue.bundled(), parseAheadBytes)
			.read(file, ValidatedCsvReaderTest.RULES.file(file.getFileName().toString()),
					row -> accepted.add(List.of(row.get("case_ref"), row.get("stage"), row.get("sentence_months"))));
		return new Reading(result, accepted);
	}

	/** Reads the file both ways and returns the parsed-ahead reading, after checking it equals the inline one. */
	Reading readBothWays(String content) throws IOException {
		Path file = dir.resolve("prosecutions.csv");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		Reading inline = read(file, Long.MAX_VALUE);
		Reading ahead = read(file, 0);
		assertThat(ahead.result().count()).isEqualTo(inline.result().count());
		assertThat(ahead.result().findings()).isEqualTo(inline.result().findings());
		assertThat(ahead.accepted()).isEqualTo(inline.accepted());
		assertThat(ahead.result().sha256()).isEqualTo(inline.result().sha256());
		return ahead;
	}

	/** Records over several batches, a few broken in each way a record can be, some with a quoted line break. */
	static String records(int n, Random random) {
		String[] stages = { "investigated", "prosecuted", "Convicted", "acquitted", "dismissed", "convict" };
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < n; i++) {
			String stage = stages[random.nextInt(stages.length)];
			boolean convicted = stage.equalsIgnoreCase("convicted");
			String date = random.nextInt(50) == 0 ? "2024-12-31" : "2025-03-" + (10 + random.nextInt(22));
			String months = convicted && random.nextInt(20) > 0 ? Integer.toString(random.nextInt(40)) : "";
			String suspended = convicted ? "no" : "";
			String caseRef = random.nextInt(30) == 0 ? "\"C" + i + "\nsecond line\"" : "C" + (random.nextInt(100) == 0 ? 0 : i);
			csv.append(caseRef).append(",D1,").append(stage).append(',').append(date).append(",sexual,yes,")
				.append(months).append(',').append(suspended);
			csv.append(random.nextInt(200) == 0 ? ",stray\n" : "\n");
		}
		return csv.toString();
	}

	@Test
	void givesTheSameFindingsCountsAndRecordsAsTheInlinePath() throws IOException {
		Reading ahead = readBothWays(records(5 * RecordBatch.SIZE + 17, new Random(42)));
		assertThat(ahead.result().count().read()).isEqualTo(5 * RecordBatch.SIZE + 17);
		assertThat(ahead.result().count().rejected()).isPositive();
		assertThat(ahead.result().findings()).extracting(Finding::rule)
			.contains("code.allowed", "date.in_year", "ref.unique", "record.columns", "sentence.required_for_conviction");
	}

	@Test
	void anEmptyFileAndAHeaderOnlyFileReadTheSame() throws IOException {
		assertThat(readBothWays("").result().findings()).extracting(Finding::rule).containsExactly("header.missing");
		assertThat(readBothWays(HEADER).result().count().read()).isZero();
	}

	@Nested
	class ASyntaxErrorDeepInTheFile {

		@Test
		void costsItsOwnRecordOnlyAndReadingCarriesOnAtTheNextLine() throws IOException {
			int before = 3 * RecordBatch.SIZE + 5;
			StringBuilder csv = new StringBuilder(HEADER);
			for (int i = 0; i < before; i++) {
				csv.append("C").append(i).append(",D1,investigated,2025-03-01,sexual,yes,,\n");
			}
			// The header is line 1, so the broken record is on line before + 2.
			csv.append("C-x,D1,\"investigated\"x,2025-03-01,sexual,yes,,\n");
			csv.append("C-y,D1,investigated,2025-03-01,sexual,yes,,\n");
			Reading ahead = readBothWays(csv.toString());
			assertThat(ahead.accepted()).hasSize(before + 1);
			assertThat(ahead.result().count()).extracting(c -> c.read(), c -> c.rejected())
				.containsExactly(before + 2L, 1L);
			assertThat(ahead.result().findings()).singleElement().satisfies(finding -> {
				assertThat(finding.rule()).isEqualTo("record.syntax");
				assertThat(finding.location()).isEqualTo("line " + (before + 2));
			});
		}

		@Test
		void anUnclosedQuoteIsReportedAtTheLineItOpensAndTheLinesAfterItAreRead() throws IOException {
			int before = 2 * RecordBatch.SIZE;
			StringBuilder csv = new StringBuilder(HEADER);
			for (int i = 0; i < before; i++) {
				csv.append("C").append(i).append(",D1,investigated,2025-03-01,sexual,yes,,\n");
			}
			csv.append("C-x,D1,\"investigated,2025-03-01,sexual,yes,,\n");
			for (int i = 0; i < 10; i++) {
				csv.append("C-y").append(i).append(",D1,investigated,2025-03-01,sexual,yes,,\n");
			}
			Reading ahead = readBothWays(csv.toString());
			assertThat(ahead.accepted()).hasSize(before + 10);
			assertThat(ahead.result().findings()).singleElement().satisfies(finding -> {
				assertThat(finding.rule()).isEqualTo("record.syntax");
				assertThat(finding.location()).isEqualTo("line " + (before + 2));
				assertThat(finding.message()).contains("opened on line " + (before + 2)).doesNotContain("Exception");
			});
		}
	}

	@Test
	void theParsingThreadStopsWhenValidationStopsEarly() throws IOException {
		Path file = dir.resolve("prosecutions.csv");
		Files.writeString(file, records(20 * RecordBatch.SIZE, new Random(7)), StandardCharsets.UTF_8);
		CsvIntakeResult result = new ValidatedCsvReader("XAA", 2025, ValidatedCsvReaderTest.REFERENCE,
				RuleCatalogue.bundled(), 0)
			.read(file, ValidatedCsvReaderTest.RULES.file("prosecutions.csv"), row -> {
				throw new IllegalStateException("sink failed");
			});
		assertThat(result.findings()).extracting(Finding::rule).contains("file.unreadable");
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("csv-parse"));
	}
}
