package org.scorecards.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** bin/scorecards on the packaged jar and the demo data: the way the README runs the cycle. */
class LauncherIT {

	@TempDir
	Path work;

	@Test
	void runsTheCycleThenAnyCommandWithTheClassArchiveOfTheFirstRun() throws Exception {
		Path output = work.resolve("output");
		Result run = launch("run", "--year", "2025", "--country", "XAA", "--output", output.toString(), "--as-of",
				"2026-03-01");
		assertThat(run.code()).as(run.text()).isZero();
		assertThat(run.text()).contains("documents:");
		assertThat(output.resolve("2025/XAA/XAA-2025-scorecard.pdf")).isRegularFile();
		assertThat(Path.of("target/app/scorecards.jsa")).isRegularFile();

		Result verify = launch("verify", "--year", "2025", "--output", output.toString());
		assertThat(verify.code()).as(verify.text()).isZero();
		assertThat(verify.text()).startsWith("verified: every output of").doesNotContain("warning");
	}

	@Test
	void passesExitCodesThrough() throws Exception {
		assertThat(launch("run").code()).isEqualTo(ExitCodes.USAGE);
	}

	private record Result(int code, String text) {
	}

	private Result launch(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bin/scorecards"));
		command.addAll(List.of(arguments));
		Path log = work.resolve("launch.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}
}
