package org.scorecards.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import org.scorecards.cycle.CycleLauncher;
import org.scorecards.cycle.CycleResult;

@Command(name = "restart", mixinStandardHelpOptions = true, header = "Resume a failed or interrupted run.",
		description = { "Resume a failed or interrupted run by its id (see runs): countries already done are kept.",
				"Running the same run command again does the same for its own last attempt.",
				"Exit codes as for run." })
class RestartCommand implements Callable<Integer> {

	@Parameters(paramLabel = "RUN", description = "Id of the run to resume.")
	long runId;

	@Mixin
	RepositoryOptions repository;

	@Override
	public Integer call() throws Exception {
		try (ConfigurableApplicationContext context = SpringContexts.start(repository, 0)) {
			CycleResult result = context.getBean(CycleLauncher.class).restart(runId);
			return CycleCommand.report(result, result.blocked() > 0 ? ExitCodes.BLOCKED : ExitCodes.OK);
		}
	}
}
