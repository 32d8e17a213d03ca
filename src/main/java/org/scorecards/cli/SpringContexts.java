package org.scorecards.cli;

import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.scorecards.ScorecardsApplication;

/** Commands that need the job repository start a Spring context for their own duration only. */
final class SpringContexts {

	private SpringContexts() {
	}

	static ConfigurableApplicationContext start(RepositoryOptions repository, int workers) {
		String serverUrl = repository.serverUrl();
		// The log goes beside --db (or its default under --output) whichever database is used.
		WritableFolder.check(repository.db().toAbsolutePath().getParent(),
				repository.db == null ? "--output" : "--db");
		// Also where the log goes, with a server database too.
		Map<String, Object> defaults = Map.of("scorecards.db", repository.db().toAbsolutePath().toString(),
				"scorecards.workers", workers);
		// A server database is handed over as arguments: they rank above application.properties (its H2 URL),
		// defaults rank below it. Arguments of this call only: the password never shows in the process list.
		List<String> arguments = ServerDatabase.arguments(serverUrl, repository.dbUser);
		try {
			return new SpringApplicationBuilder(ScorecardsApplication.class).properties(defaults)
				.run(arguments.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			// Spring's message names every bean on the way down; the cause at the bottom is what a person needs.
			throw new IllegalStateException("the job repository " + repository.describe() + " cannot be opened: "
					+ firstSentence(root(ex)) + " (details in " + repository.db() + ".log)", ex);
		}
	}

	private static Throwable root(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** The first line and sentence of a message, at most 200 characters: H2's run on with "Possible solutions". */
	static String firstSentence(Throwable ex) {
		String message = String.valueOf(ex.getMessage()).lines().findFirst().orElse("").strip();
		int end = message.indexOf(". ");
		message = end > 0 ? message.substring(0, end) : message;
		return message.length() > 200 ? message.substring(0, 200) + "…" : message;
	}
}
