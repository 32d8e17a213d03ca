package org.scorecards.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "scorecards", mixinStandardHelpOptions = true, version = "scorecards 0.1.0",
		description = "Annual anti-trafficking compliance scorecards: validate, score and publish a yearly cycle.",
		subcommands = { GenerateCommand.class, TemplateCommand.class, ValidateCommand.class, RunCommand.class,
				RestartCommand.class, RunsCommand.class, VerifyCommand.class, ServeCommand.class, UsersCommand.class,
				CyclesCommand.class })
public class ScorecardsCommand implements Runnable {

	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}

	/** Parses and runs; errors print one line (no stack trace) and map to the documented exit codes. */
	public static int execute(String... args) {
		CommandLine commandLine = new CommandLine(new ScorecardsCommand());
		commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
			PrintWriter err = cl.getErr();
			if (ex instanceof IllegalArgumentException) {
				err.println("error: " + oneLine(ex.getMessage()));
				return ExitCodes.USAGE;
			}
			err.println("error: " + rootMessage(ex));
			return ExitCodes.FAILURE;
		});
		return commandLine.execute(args);
	}

	/** The message in one line, with its deepest cause's first sentence when the message does not already say it. */
	private static String rootMessage(Throwable ex) {
		String message = oneLine(ex.getMessage());
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause == ex) {
			return message;
		}
		String because = SpringContexts.firstSentence(cause);
		return message.contains(because) ? message : message + " (" + because + ")";
	}

	private static String oneLine(String message) {
		String line = String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip();
		return line.length() > 400 ? line.substring(0, 400) + "…" : line;
	}
}
