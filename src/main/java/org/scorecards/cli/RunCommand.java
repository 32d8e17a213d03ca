package org.scorecards.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.scorecards.cycle.CycleLauncher;
import org.scorecards.cycle.CycleParameters;
import org.scorecards.cycle.CycleResult;

@Command(name = "run", mixinStandardHelpOptions = true, header = "Validate, score and publish the cycle of a year.",
		description = { "Validate, score and render the cycle of a year: a scorecard PDF, an Excel annex and a",
				"validation workbook per country, the cycle summary, scores/findings/intake tables and a manifest.",
				"Exit 0: every country scored; 1: some country blocked by errors; 2: usage; 3: failure." })
class RunCommand extends CycleCommand {

	@Option(names = "--draws", paramLabel = "N",
			description = "Monte Carlo draws of the robustness analysis. Default: the methodology file's (10000 in v2).")
	Integer draws;

	@Option(names = "--seed", paramLabel = "N",
			description = "Seed of the robustness analysis: the same seed gives the same bytes. Default: the methodology file's.")
	Long seed;

	@Override
	CycleParameters parameters(CycleParameters c) {
		if (draws != null && draws < 1) {
			throw new IllegalArgumentException("--draws must be at least 1, not " + draws);
		}
		return new CycleParameters(c.year(), c.input(), c.output(), c.country(), c.methodology(), c.rules(),
				c.templates(), c.asOf(), c.workers(), c.suppressionThreshold(), c.draft(), c.state(), c.feedback(),
				draws, seed, c.language());
	}

	@Override
	String name() {
		return "run";
	}

	@Override
	CycleResult launch(CycleLauncher launcher, CycleParameters parameters) throws Exception {
		return launcher.run(parameters);
	}

	@Override
	int exitCode(CycleResult result) {
		return result.blocked() > 0 ? ExitCodes.BLOCKED : ExitCodes.OK;
	}
}
