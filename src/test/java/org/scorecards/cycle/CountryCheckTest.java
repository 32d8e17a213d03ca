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
import org.scorecards.scoring.CountryScore;
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
	void anEarlierYearsScoreIsKeptAndUsedOnlyWhileItsFilesAreUnchanged() throws Exception {
		Path input = dir.resolve("input");
		try (var files = Files.walk(Path.of("input"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = input.resolve(Path.of("input").relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
		Path keep = dir.resolve("state/scores");
		CountryCheck check = new CountryCheck(new InputTree(input), 2025, null, MethodologyLoader.bundled(),
				ReferenceDataLoader.load(input.resolve("reference")), RuleCatalogue.bundled(), CsvRules.bundled(), keep);

		CountryOutcome first = check.check("XAA");
		Path kept = keep.resolve("2024/XAA.json");
		assertThat(kept).exists();
		assertThat(keep.resolve("2023/XAA.json")).exists();
		assertThat(first.previous().status()).isNotEqualTo(CountryStatus.BLOCKED);

		// A kept score is what the next check uses: one marked by hand comes back as it is.
		EarlierScores.Kept marked = WorkArea.JSON.readValue(kept.toFile(), EarlierScores.Kept.class);
		WorkArea.JSON.writeValue(kept.toFile(),
				new EarlierScores.Kept(marked.key(), CountryScore.blocked("XAA", 2024, "marked by the test")));
		assertThat(check.check("XAA").previous().reason()).isEqualTo("marked by the test");

		// A changed 2024 file (one blank line more, which changes no figure) is scored again: the mark is gone.
		Files.writeString(input.resolve("2024/XAA/victims.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
		CountryOutcome changed = check.check("XAA");
		assertThat(changed.previous().status()).isNotEqualTo(CountryStatus.BLOCKED);
		assertThat(changed.previous().overall()).isEqualTo(first.previous().overall());
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
