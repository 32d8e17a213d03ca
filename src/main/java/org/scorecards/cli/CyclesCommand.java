package org.scorecards.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

import org.scorecards.submission.Cycle;
import org.scorecards.submission.Cycles;

@Command(name = "cycle", mixinStandardHelpOptions = true, header = "Open a reporting cycle for submissions.",
		subcommands = { CyclesCommand.Open.class })
class CyclesCommand implements Runnable {

	@Override
	public void run() {
		new picocli.CommandLine(this).usage(System.out);
	}

	@Command(name = "open", mixinStandardHelpOptions = true, header = "Open the cycle of a year with its deadline.",
			description = "Example: scorecards cycle open --year 2025 --deadline 2026-03-31")
	static class Open implements Callable<Integer> {

		@Option(names = "--year", required = true, description = "Reporting year, e.g. 2025.")
		int year;

		@Option(names = "--deadline", required = true, paramLabel = "YYYY-MM-DD", description = "Submission deadline.")
		LocalDate deadline;

		@Option(names = "--comment-days", defaultValue = "30",
				description = "Days the focal points have to comment on their draft scorecard. Default: ${DEFAULT-VALUE}.")
		int commentDays;

		@Option(names = "--methodology", defaultValue = "v2", paramLabel = "v1|v2",
				description = "The bundled methodology the cycle is scored under. Default: ${DEFAULT-VALUE}.")
		String methodology;

		@Mixin
		StateOptions state;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = PortalContexts.start(state, Map.of(), false)) {
				Cycle cycle = context.getBean(Cycles.class).open(year, deadline, commentDays, methodology,
						UsersCommand.operator());
				System.out.printf("cycle %d open, submissions due by %s%n", cycle.year(), cycle.deadline());
			}
			return ExitCodes.OK;
		}
	}
}
