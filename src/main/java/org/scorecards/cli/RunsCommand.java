package org.scorecards.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.scorecards.cycle.CycleLauncher;
import org.scorecards.cycle.RunCounts;

@Command(name = "runs", mixinStandardHelpOptions = true, header = "List past runs, newest first.",
		description = { "List past runs, newest first: id, job, status, year, country, start, duration, the countries",
				"the run scored or rendered, the documents it wrote, and the output folder it wrote them to." })
class RunsCommand implements Callable<Integer> {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Option(names = "--last", defaultValue = "20", description = "How many runs. Default: ${DEFAULT-VALUE}.")
	int last;

	@Mixin
	RepositoryOptions repository;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = SpringContexts.start(repository, 0)) {
			List<JobExecution> runs = context.getBean(CycleLauncher.class).runs(last);
			System.out.println("job repository: " + repository.describe());
			System.out.printf("%-5s %-14s %-10s %-5s %-7s %-19s %9s %9s %9s  %s%n", "run", "job", "status", "year",
					"country", "started", "duration", "countries", "documents", "output");
			for (JobExecution run : runs) {
				var parameters = run.getJobParameters();
				LocalDateTime start = run.getStartTime();
				LocalDateTime end = run.getEndTime();
				RunCounts counts = RunCounts.of(run);
				String country = parameters.getString("country");
				System.out.printf("%-5d %-14s %-10s %-5s %-7s %-19s %9s %9d %9d  %s%n", run.getId(),
						run.getJobInstance().getJobName().replace("Job", ""), run.getStatus().name().toLowerCase(),
						parameters.getLong("year"), country == null || country.isEmpty() ? "all" : country,
						start == null ? "" : WHEN.format(start),
						start == null || end == null ? "" : "%.1f s".formatted(Duration.between(start, end).toMillis() / 1000.0),
						counts.countries(), counts.documents(), parameters.getString("output"));
			}
			if (runs.isEmpty()) {
				System.out.println("no runs yet");
			}
			return ExitCodes.OK;
		}
	}
}
