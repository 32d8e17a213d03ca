package org.scorecards.cycle;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.TestWorkbooks;
import org.scorecards.intake.CsvRules;
import org.scorecards.intake.InputTree;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCheckTest {

	@TempDir
	Path dir;

	CountryCheck check(Path input) {
		return new CountryCheck(new InputTree(input), 2025, null, MethodologyLoader.bundled(),
				ReferenceDataLoader.load(input.resolve("reference")), RuleCatalogue.bundled(), CsvRules.bundled());
	}

	@Test
	void aCountryFolderThatIsALinkIsBlockedAndNamedAsSubmittedNotByItsTarget() throws Exception {
		Path input = TestWorkbooks.cycleFixture(dir.resolve("input"));
		Path outside = Files.createDirectories(dir.resolve("etc"));
		Files.writeString(outside.resolve("victims.csv"), "root:x:0:0:root:/root:/bin/bash\n");
		Path xab = input.resolve("2025/XAB");
		Files.move(xab.resolve("indicators.xlsx"), outside.resolve("indicators.xlsx"));
		Files.delete(xab);
		Files.createSymbolicLink(xab, outside);

		CountryOutcome outcome = check(input).check("XAB");

		assertThat(outcome.score().status()).isEqualTo(CountryStatus.BLOCKED);
		assertThat(outcome.findings()).extracting(Finding::rule, Finding::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("folder.not_plain", "2025/XAB"));
		assertThat(outcome.findings().get(0).message()).doesNotContain(outside.toString()).doesNotContain("root");
		assertThat(outcome.sources()).isEmpty();
	}
}
