package org.scorecards.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where outputs and the job repository live. */
class RepositoryOptions {

	@Option(names = "--output", defaultValue = "output", paramLabel = "DIR",
			description = "Output tree. Default: ${DEFAULT-VALUE}.")
	Path output;

	@Option(names = "--db", paramLabel = "FILE",
			description = "H2 file of the job repository. Default: <output>/.batch/scorecards.")
	Path db;

	Path db() {
		return db != null ? db : output.resolve(".batch").resolve("scorecards");
	}
}
