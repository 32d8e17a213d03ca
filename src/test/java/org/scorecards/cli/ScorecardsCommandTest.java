package org.scorecards.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.scorecards.TestWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a script sees it: exit codes and one-line errors. */
class ScorecardsCommandTest {

	@TempDir
	Path work;

	@Test
	void everySubcommandHasHelp() {
		for (String command : new String[] { "generate", "validate", "run" }) {
			assertThat(ScorecardsCommand.execute(command, "--help")).as(command).isZero();
		}
	}

	@Test
	void aMissingRequiredOptionIsAUsageError() {
		assertThat(ScorecardsCommand.execute("run")).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void anUnknownCountryIsAUsageErrorInOneLine() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("input"));
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true));
		try {
			int code = ScorecardsCommand.execute("run", "--year", "2025", "--country", "QQQ", "--input", input.toString(),
					"--output", work.resolve("output").toString());
			assertThat(code).isEqualTo(ExitCodes.USAGE);
		}
		finally {
			System.setErr(err);
		}
		assertThat(captured.toString().strip()).startsWith("error: country QQQ is not in").doesNotContain("\n\tat ");
	}

	@Test
	void anH2FileAndAServerDatabaseTogetherAreRefusedNotHalfIgnored() {
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true));
		try {
			for (String command : new String[] { "run", "validate", "runs", "restart" }) {
				String[] arguments = command.equals("restart")
						? new String[] { command, "7", "--db", "x", "--db-url", "jdbc:postgresql://localhost/scorecards" }
						: command.equals("runs") ? new String[] { command, "--db", "x", "--db-url", "jdbc:postgresql://localhost/scorecards" }
								: new String[] { command, "--year", "2025", "--db", "x", "--db-url",
										"jdbc:postgresql://localhost/scorecards" };
				assertThat(ScorecardsCommand.execute(arguments)).as(command).isEqualTo(ExitCodes.USAGE);
			}
		}
		finally {
			System.setErr(err);
		}
		assertThat(captured.toString()).contains("error: --db x and --db-url jdbc:postgresql://localhost/scorecards both name a job repository");
	}

	@Test
	void validateExitsOneWhenAnyErrorIsFoundAndWritesFindings() throws Exception {
		Path input = TestWorkbooks.cycleFixture(work.resolve("input"));
		Path output = work.resolve("output");
		int code = ScorecardsCommand.execute("validate", "--year", "2025", "--input", input.toString(), "--output",
				output.toString());
		assertThat(code).isEqualTo(ExitCodes.BLOCKED);
		Path feedback = work.resolve("feedback");
		assertThat(feedback.resolve("2025/2025-findings.csv")).isRegularFile();
		assertThat(feedback.resolve("2025/XAA/XAA-2025-validation.xlsx")).isRegularFile();
		assertThat(output.resolve("2025/XAA/XAA-2025-scorecard.pdf")).doesNotExist();
		// Findings echo submitted values: nothing of them in the published tree.
		assertThat(output.resolve("2025")).doesNotExist();
		// The job repository lives in the state folder beside --output unless --db says otherwise.
		assertThat(work.resolve("state/batch/scorecards.mv.db")).isRegularFile();
		assertThat(output.resolve(".batch")).doesNotExist();
	}

	@Test
	void generateWritesASyntheticTree() {
		Path input = work.resolve("generated");
		int code = ScorecardsCommand.execute("generate", "--countries", "3", "--years", "2024,2025", "--records", "20",
				"--seed", "7", "--output", input.toString());
		assertThat(code).isZero();
		assertThat(input.resolve("SYNTHETIC.md")).isRegularFile();
		assertThat(Files.exists(input.resolve("2025/XAC/victims.csv"))).isTrue();
	}

	@Test
	void generateRefusesAnUnknownProfile() {
		int code = ScorecardsCommand.execute("generate", "--profile", "huge", "--output",
				work.resolve("huge").toString());
		assertThat(code).isEqualTo(ExitCodes.USAGE);
	}

	/** Runs a command with both streams captured; gives the exit code and what it printed. */
	record Printed(int code, String out, String err) {
	}

	Printed printed(String... arguments) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
		ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
		System.setOut(new PrintStream(capturedOut, true));
		System.setErr(new PrintStream(capturedErr, true));
		try {
			int code = ScorecardsCommand.execute(arguments);
			return new Printed(code, capturedOut.toString(), capturedErr.toString());
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	@org.junit.jupiter.api.Nested
	class OneLineNeverAStackTrace {

		@Test
		void anOutputFolderThatCannotBeMade() throws Exception {
			Path input = TestWorkbooks.cycleFixture(work.resolve("input"));
			Printed printed = printed("run", "--year", "2025", "--input", input.toString(), "--output", "/proc/x");
			assertThat(printed.code()).isEqualTo(ExitCodes.USAGE);
			assertThat(printed.err().strip()).isEqualTo(
					"error: --output /proc/x: the folder cannot be created (its parent cannot hold folders); give a folder you can write to");
			assertThat(printed.out() + printed.err()).doesNotContain("\tat ");
		}

		@Test
		void aJobRepositoryThatCannotBeMade() throws Exception {
			Path input = TestWorkbooks.cycleFixture(work.resolve("input"));
			Printed printed = printed("run", "--year", "2025", "--input", input.toString(), "--output",
					work.resolve("output").toString(), "--db", "/proc/db/x");
			assertThat(printed.code()).isEqualTo(ExitCodes.USAGE);
			assertThat(printed.err().strip()).startsWith("error: --db /proc/db: the folder cannot be created")
				.doesNotContain("\n");
			assertThat(printed.out() + printed.err()).doesNotContain("\tat ");
		}

		@Test
		void aRunThatDoesNotExist() {
			Printed printed = printed("restart", "99999", "--output", work.resolve("output").toString());
			assertThat(printed.code()).isEqualTo(ExitCodes.USAGE);
			assertThat(printed.err().strip())
				.isEqualTo("error: no run 99999 in the job repository (see the runs command)");
		}

		@Test
		void aCorruptJobRepository() throws Exception {
			Path db = work.resolve("db/scorecards");
			Files.createDirectories(db.getParent());
			Files.write(db.resolveSibling("scorecards.mv.db"), new byte[] { 'n', 'o', 't', ' ', 'H', '2', 0, 1, 2, 3 });
			Printed printed = printed("runs", "--db", db.toString());
			assertThat(printed.code()).isEqualTo(ExitCodes.FAILURE);
			assertThat(printed.err().strip()).startsWith("error: the job repository " + db + " cannot be opened: ")
				.doesNotContain("\n");
			assertThat(printed.err().strip().length()).isLessThan(600);
		}
	}
}
