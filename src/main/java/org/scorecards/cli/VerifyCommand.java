package org.scorecards.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.scorecards.OutputTree;

import org.scorecards.cycle.ManifestCheck;

@Command(name = "verify", mixinStandardHelpOptions = true, header = "Check published outputs against the manifest.",
		description = { "Re-hash a year's published outputs against its manifest.json.",
				"Exit 0: every output is there with its checksum; 1: something changed, is missing or is new." })
class VerifyCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, description = "Year whose outputs to check.")
	int year;

	@Option(names = "--output", defaultValue = "output", paramLabel = "DIR", description = "Output tree. Default: ${DEFAULT-VALUE}.")
	Path output;

	@Override
	public Integer call() {
		Path yearOutput = new OutputTree(output).year(year);
		List<String> problems = ManifestCheck.verify(yearOutput);
		problems.forEach(System.out::println);
		System.out.println(problems.isEmpty() ? "verified: every output of " + yearOutput + " matches its manifest"
				: problems.size() + " problem(s) in " + yearOutput);
		return problems.isEmpty() ? ExitCodes.OK : ExitCodes.BLOCKED;
	}
}
