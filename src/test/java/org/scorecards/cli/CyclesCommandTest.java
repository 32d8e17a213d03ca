package org.scorecards.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.TestWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cycle open} as a script runs it before the portal starts. */
class CyclesCommandTest {

	@TempDir
	Path work;

	@Test
	void openingACycleWritesEveryCountrysPrefilledWorkbook() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("input"));
		Path output = work.resolve("output");
		int code = ScorecardsCommand.execute("cycle", "open", "--year", "2026", "--deadline", "2027-03-31", "--input",
				input.toString(), "--output", output.toString(), "--state", work.resolve("state").toString());
		assertThat(code).isZero();
		for (String iso3 : new String[] { "XAA", "XAB" }) {
			assertThat(output.resolve("2026/templates").resolve(iso3).resolve("indicators.xlsx")).as(iso3).isNotEmptyFile();
		}
	}

	@Test
	void withoutAnInputTreeTheCycleIsNotOpened() {
		int code = ScorecardsCommand.execute("cycle", "open", "--year", "2026", "--deadline", "2027-03-31", "--input",
				work.resolve("nothing").toString(), "--output", work.resolve("output").toString(), "--state",
				work.resolve("state").toString());
		assertThat(code).isEqualTo(ExitCodes.USAGE);
		assertThat(work.resolve("output")).doesNotExist();
	}
}
