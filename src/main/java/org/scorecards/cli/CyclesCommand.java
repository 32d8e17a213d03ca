package org.scorecards.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.springframework.context.ConfigurableApplicationContext;

import org.scorecards.OutputTree;
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
			description = { "Opens the cycle and writes every country's pre-filled indicator workbook, which its focal",
					"point downloads from the portal: <output>/<year>/templates/<ISO3>/indicators.xlsx, as the",
					"template command writes them.",
					"Example: scorecards cycle open --year 2025 --deadline 2026-03-31" })
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

		@Option(names = "--input", defaultValue = "input", paramLabel = "DIR",
				description = "Input tree: the countries of the cycle and last year's workbooks. Default: ${DEFAULT-VALUE}.")
		Path input;

		@Option(names = "--output", defaultValue = "output", paramLabel = "DIR",
				description = "Output tree the workbooks are written to. Default: ${DEFAULT-VALUE}.")
		Path output;

		@Mixin
		StateOptions state;

		@Override
		public Integer call() {
			Map<String, Object> folders = Map.of("scorecards.input", input.toAbsolutePath().toString(),
					"scorecards.output", output.toAbsolutePath().toString());
			try (ConfigurableApplicationContext context = PortalContexts.start(state, folders, false)) {
				Cycle cycle = context.getBean(Cycles.class).open(year, deadline, commentDays, methodology,
						UsersCommand.operator());
				System.out.printf("cycle %d open, submissions due by %s; pre-filled workbooks in %s%n", cycle.year(),
						cycle.deadline(), new OutputTree(output).year(year).resolve("templates"));
			}
			return ExitCodes.OK;
		}
	}
}
