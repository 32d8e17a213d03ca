package org.scorecards.cli;

import java.util.ArrayList;
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
		// Also where the log goes, with a server database too.
		Map<String, Object> defaults = Map.of("scorecards.db", repository.db().toAbsolutePath().toString(),
				"scorecards.workers", workers);
		// A server database is handed over as arguments: they rank above application.properties (its H2 URL),
		// defaults rank below it. Arguments of this call only: the password never shows in the process list.
		List<String> arguments = new ArrayList<>();
		if (serverUrl != null) {
			String password = System.getenv(RepositoryOptions.PASSWORD_VARIABLE);
			arguments.add("--spring.datasource.url=" + serverUrl);
			arguments.add("--spring.datasource.username=" + (repository.dbUser == null ? "" : repository.dbUser));
			arguments.add("--spring.datasource.password=" + (password == null ? "" : password));
		}
		return new SpringApplicationBuilder(ScorecardsApplication.class).properties(defaults)
			.run(arguments.toArray(String[]::new));
	}
}
