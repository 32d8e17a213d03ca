package org.scorecards.intake;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.TestWorkbooks;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submitted file that is a symbolic link (to /etc/shadow, say) is never followed: the target's first line
 * used to come back as an "unknown column" finding. The secret here is a file outside the input tree.
 */
class LinkedInputsTest {

	static final String SECRET = "root:$6$secret-hash:19000:0:99999:7:::";

	@TempDir
	Path dir;

	Path input;

	Path secret;

	CountryIntake intake;

	@BeforeEach
	void fixture() throws Exception {
		input = TestWorkbooks.cycleFixture(dir.resolve("input"));
		secret = Files.writeString(dir.resolve("shadow"), SECRET + "\n");
		intake = new CountryIntake(MethodologyLoader.bundled(), CsvRules.bundled(),
				ReferenceDataLoader.load(input.resolve("reference")), RuleCatalogue.bundled());
	}

	@Test
	void aCsvLinkedOutsideTheTreeIsRefusedByItsOwnNameAndNeverRead() throws Exception {
		Path victims = input.resolve("2025/XAA/victims.csv");
		Files.delete(victims);
		Files.createSymbolicLink(victims, secret);

		CountrySubmission xaa = intake.read(input.resolve("2025/XAA"), "XAA", 2025);

		assertThat(xaa.findings()).filteredOn(f -> f.file().equals("victims.csv"))
			.extracting(Finding::rule)
			.containsExactly("file.not_plain");
		assertThat(xaa.findings()).allSatisfy(f -> {
			assertThat(f.value()).doesNotContain("root");
			assertThat(f.message()).doesNotContain("root").doesNotContain(secret.toString());
		});
		assertThat(xaa.sources()).extracting(SourceFile::file).doesNotContain("victims.csv");
		assertThat(xaa.evidence()).doesNotContainKey("PT.1");
	}

	@Test
	void aWorkbookLinkedOutsideTheTreeBlocksTheCountryUnread() throws Exception {
		Path workbook = input.resolve("2025/XAA/indicators.xlsx");
		Path elsewhere = Files.move(workbook, dir.resolve("elsewhere.xlsx"));
		Files.createSymbolicLink(workbook, elsewhere);

		CountrySubmission xaa = intake.read(input.resolve("2025/XAA"), "XAA", 2025);

		assertThat(xaa.blocked()).isTrue();
		assertThat(xaa.findings()).filteredOn(f -> f.file().equals("indicators.xlsx"))
			.extracting(Finding::rule)
			.containsExactly("file.not_plain");
		assertThat(xaa.sources()).extracting(SourceFile::file).doesNotContain("indicators.xlsx");
	}

	@Test
	void aFifoIsRefusedRatherThanWaitedOn() throws Exception {
		Path training = input.resolve("2025/XAA/training.csv");
		Files.delete(training);
		org.junit.jupiter.api.Assumptions.assumeTrue(
				new ProcessBuilder("mkfifo", training.toString()).start().waitFor() == 0, "mkfifo");

		CountrySubmission xaa = intake.read(input.resolve("2025/XAA"), "XAA", 2025);

		assertThat(xaa.findings()).filteredOn(f -> f.file().equals("training.csv"))
			.extracting(Finding::rule)
			.containsExactly("file.not_plain");
	}
}
