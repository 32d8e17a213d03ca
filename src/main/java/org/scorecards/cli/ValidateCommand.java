package org.scorecards.cli;

import picocli.CommandLine.Command;

import org.scorecards.cycle.CycleLauncher;
import org.scorecards.cycle.CycleParameters;
import org.scorecards.cycle.CycleResult;

@Command(name = "validate", mixinStandardHelpOptions = true, header = "Check the submissions of a year and write the findings.",
		description = { "Check every submission of a year and write the findings: a validation workbook per",
				"country, <year>-findings.csv and <year>-intake.csv.",
				"Exit 0: no error finding; 1: at least one error finding; 2: usage; 3: failure." })
class ValidateCommand extends CycleCommand {

	@Override
	String name() {
		return "validate";
	}

	@Override
	CycleResult launch(CycleLauncher launcher, CycleParameters parameters) throws Exception {
		return launcher.validate(parameters);
	}

	@Override
	int exitCode(CycleResult result) {
		return result.errors() > 0 ? ExitCodes.BLOCKED : ExitCodes.OK;
	}
}
