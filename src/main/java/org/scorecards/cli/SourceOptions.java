package org.scorecards.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.scorecards.intake.InputTree;

/** What the cycle commands and {@code template} read: the input tree and the methodology. */
class SourceOptions {

	@Option(names = "--input", defaultValue = "input", paramLabel = "DIR",
			description = "Input tree (reference/ and <year>/<ISO3>/). Default: ${DEFAULT-VALUE}.")
	Path input;

	@Option(names = "--methodology", paramLabel = "v1|v2|FILE",
			description = "A bundled methodology (v1, v2) or a methodology file. Default: the bundled v2.")
	String methodology;

	InputTree inputTree() {
		return new InputTree(input);
	}
}
