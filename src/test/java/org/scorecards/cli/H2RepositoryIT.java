package org.scorecards.cli;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The default job repository: an H2 file beside the outputs, here one per test so run ids start at 1. */
class H2RepositoryIT extends JobRepositoryScenarios {

	@Override
	List<String> repository(Path output) {
		return List.of("--output", output.toString(), "--db", work.resolve("h2/scorecards").toString());
	}

	@Override
	void assertRecorded(List<Path> outputs, int runs) {
		assertThat(work.resolve("h2/scorecards.mv.db")).isRegularFile();
		for (Path output : outputs) {
			assertThat(output.resolve(".batch/scorecards.mv.db")).doesNotExist();
			assertThat(org.scorecards.cycle.CycleParameters.besideOutput(output, "state").resolve("batch/scorecards.mv.db")).doesNotExist();
		}
	}
}
