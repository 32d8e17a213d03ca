package org.scorecards.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Mixin;

import org.scorecards.cycle.CycleLauncher;
import org.scorecards.cycle.CycleParameters;
import org.scorecards.cycle.CycleResult;

/** A command that runs a cycle job inside a Spring context started for it. */
abstract class CycleCommand implements Callable<Integer> {

	@Mixin
	CycleOptions options;

	@Override
	public Integer call() throws Exception {
		CycleParameters parameters = parameters(options.parameters());
		WritableFolder.check(parameters.output(), "--output");
		try (ConfigurableApplicationContext context = SpringContexts.start(options.repository, parameters.workers())) {
			CycleLauncher launcher = context.getBean(CycleLauncher.class);
			launcher.check(parameters);
			System.out.printf("%s %d%s: %s -> %s%n", name(), parameters.year(),
					parameters.country() == null ? "" : " " + parameters.country(), parameters.input(), parameters.output());
			CycleResult result = launch(launcher, parameters);
			return report(result, exitCode(result));
		}
	}

	/** The command's own additions to the options every cycle command takes. */
	CycleParameters parameters(CycleParameters common) {
		return common;
	}

	abstract String name();

	abstract CycleResult launch(CycleLauncher launcher, CycleParameters parameters) throws Exception;

	abstract int exitCode(CycleResult result);

	/** Prints the end-of-run summary; a run that did not complete exits 3 whatever it found. */
	static int report(CycleResult result, int exitCode) {
		print(result);
		if (!result.completed()) {
			System.err.println("error: the run did not complete: " + result.failure()
					+ " (details in the log beside the job repository; run the same command again, or restart "
					+ result.executionId() + ", to resume it)");
			return ExitCodes.FAILURE;
		}
		return exitCode;
	}

	private static void print(CycleResult r) {
		System.out.printf("countries: %d rated (%d low coverage), %d not rated, %d blocked%n", r.rated(), r.lowCoverage(),
				r.notRated(), r.blocked());
		System.out.printf("records:   %,d read, %,d rejected; findings: %,d errors, %,d warnings%n", r.recordsRead(),
				r.recordsRejected(), r.errors(), r.warnings());
		System.out.printf("documents: %d written in %.1f s (run %d)%n", r.documents(), r.elapsed().toMillis() / 1000.0,
				r.executionId());
	}
}
