package org.scorecards.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar against a job repository, as an operator uses it: a run killed with SIGKILL part-way
 * through rendering is resumed by the same command, another is resumed by {@code restart RUN}; {@code runs}
 * counts what each attempt did and {@code verify} accepts the outputs. Subclasses choose the repository.
 */
abstract class JobRepositoryScenarios {

	@TempDir
	Path work;

	/** Options that select the job repository; {@code output} is the run's output tree. */
	abstract List<String> repository(Path output);

	/** Checks that the runs of these output trees were recorded where the options said, and nowhere else. */
	abstract void assertRecorded(List<Path> outputs, int runs) throws Exception;

	/** Environment of the child processes (the database password). */
	Map<String, String> environment() {
		return Map.of();
	}

	@Test
	void aKilledRunResumesAndEveryAttemptCountsWhatItDid() throws Exception {
		// given a run killed once six documents are on disk, resumed by the same command (it completes: exit 0 or 1)
		Path first = work.resolve("first");
		long killedFirst = killAfter(first, 6);
		Result resumed = launch(first, cycle(first));
		assertThat(resumed.code()).as(resumed.text()).isLessThanOrEqualTo(ExitCodes.BLOCKED);
		// one number per run, as runs lists them: the resuming run says which it resumes, and ends with its own
		assertThat(resumed.text()).contains("run " + (killedFirst + 1) + " resumes run " + killedFirst + " (attempt 2 ")
			.contains("(run " + (killedFirst + 1) + ")");

		// and a run killed after its first document, resumed by its id
		Path second = work.resolve("second");
		long killedSecond = killAfter(second, 1);
		Result restarted = launch(second, command(second, "restart", Long.toString(killedSecond)));
		assertThat(restarted.code()).as(restarted.text()).isLessThanOrEqualTo(ExitCodes.BLOCKED);

		// when the runs are listed
		Result listed = launch(first, command(first, "runs"));
		assertThat(listed.code()).as(listed.text()).isZero();
		Map<Long, Row> rows = rows(listed.text());

		// then each attempt shows the folder it wrote and what it did
		Row killed = rows.get(killedFirst);
		Row resumedRow = rows.get(killedFirst + 1);
		assertThat(killed.output()).isEqualTo(first.toAbsolutePath().normalize().toString());
		assertThat(killed.documents()).as(listed.text()).isPositive();
		assertThat(killed.status()).isEqualTo("failed");
		assertThat(resumedRow.countries()).as(listed.text()).isPositive();
		assertThat(resumedRow.status()).isEqualTo("completed");
		// ids follow one another: nothing lost to a sequence cache when the first process was killed
		Row restartedRow = rows.get(killedSecond + 1);
		assertThat(killedSecond).isEqualTo(killedFirst + 2);
		assertThat(restartedRow.output()).isEqualTo(second.toAbsolutePath().normalize().toString());
		// killed early or late, the two attempts of a cycle together wrote every document once
		assertThat(killed.documents() + resumedRow.documents())
			.isEqualTo(rows.get(killedSecond).documents() + restartedRow.documents());

		assertRecorded(List.of(first, second), 4);

		// and both output trees verify and are byte-identical to each other
		for (Path output : List.of(first, second)) {
			Result verified = launch(output, List.of("verify", "--year", "2025", "--output", output.toString()));
			assertThat(verified.code()).as(verified.text()).isZero();
		}
		for (Path file : documents(first)) {
			Path twin = second.resolve(first.relativize(file).toString());
			assertThat(Files.readAllBytes(twin)).as(twin.toString()).isEqualTo(Files.readAllBytes(file));
		}
	}

	/** Starts the demo cycle, SIGKILLs it once {@code documents} documents are on disk, returns its run id. */
	private long killAfter(Path output, int documents) throws Exception {
		Process process = start(output, cycle(output));
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (documents(output).size() < documents && process.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(process.isAlive()).as("the run was still going when %d documents were written", documents).isTrue();
		process.destroyForcibly().waitFor();
		Result listed = launch(output, command(output, "runs", "--last", "1"));
		Row row = rows(listed.text()).values().iterator().next();
		assertThat(row.status()).as(listed.text()).isEqualTo("started");
		return row.id();
	}

	private List<String> cycle(Path output) {
		return command(output, "run", "--year", "2025", "--as-of", "2026-03-01", "--workers", "1");
	}

	private List<String> command(Path output, String... arguments) {
		List<String> command = new ArrayList<>(List.of(arguments));
		command.addAll(repository(output));
		return command;
	}

	private record Result(int code, String text) {
	}

	record Row(long id, String status, long countries, long documents, String output) {
	}

	/** {@code runs} rows by id; read from both ends because an unfinished run has no duration. */
	static Map<Long, Row> rows(String text) {
		Map<Long, Row> rows = new java.util.LinkedHashMap<>();
		for (String line : text.lines().toList()) {
			String[] t = line.trim().split("\\s+");
			if (t.length >= 8 && t[0].matches("\\d+")) {
				int n = t.length;
				rows.put(Long.parseLong(t[0]), new Row(Long.parseLong(t[0]), t[2], Long.parseLong(t[n - 3]),
						Long.parseLong(t[n - 2]), t[n - 1]));
			}
		}
		return rows;
	}

	private Result launch(Path output, List<String> arguments) throws IOException, InterruptedException {
		Process process = start(output, arguments);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), Files.readString(log(output), StandardCharsets.UTF_8));
	}

	/** The jar itself, not bin/scorecards: SIGKILL must reach the JVM, and the jar must carry the driver. */
	private Process start(Path output, List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-jar", "target/scorecards.jar"));
		command.addAll(arguments);
		Files.createDirectories(work);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(output).toFile());
		builder.environment().putAll(environment());
		return builder.start();
	}

	private Path log(Path output) {
		return work.resolve(output.getFileName() + ".log");
	}

	private static List<Path> documents(Path output) throws IOException {
		Path year = output.resolve("2025");
		if (!Files.isDirectory(year)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(year)) {
			return files.filter(Files::isRegularFile)
				.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".xlsx")
						|| f.toString().endsWith(".csv"))
				.sorted()
				.toList();
		}
	}
}
