package org.scorecards.cli;

import picocli.CommandLine.Command;

import org.scorecards.cycle.CycleLauncher;
import org.scorecards.cycle.CycleParameters;
import org.scorecards.cycle.CycleResult;

@Command(name = "run", mixinStandardHelpOptions = true, header = "Validate, score and publish the cycle of a year.",
		description = { "Validate, score and render the cycle of a year: a scorecard PDF, an Excel annex and a",
				"validation workbook per country, the cycle summary, scores/findings/intake tables and a manifest.",
				"Exit 0: every country scored; 1: some country blocked by errors; 2: usage; 3: failure." })
class RunCommand extends CycleCommand {

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
