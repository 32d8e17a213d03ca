package org.scorecards.cli;

import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.scorecards.ScorecardsApplication;

/** Commands that need the job repository start a Spring context for their own duration only. */
final class SpringContexts {

	private SpringContexts() {
	}

	static ConfigurableApplicationContext start(RepositoryOptions repository, int workers) {
		Map<String, Object> properties = Map.of("scorecards.db", repository.db().toAbsolutePath().toString(),
				"scorecards.workers", workers);
		return new SpringApplicationBuilder(ScorecardsApplication.class).properties(properties).run();
	}
}
