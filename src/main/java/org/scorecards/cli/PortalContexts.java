package org.scorecards.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.scorecards.ScorecardsApplication;

/**
 * The portal's Spring context: the web application for {@code serve}, the same beans without a web server for
 * {@code users} and {@code cycle}, so a script can prepare a deployment before the server starts. Either way
 * the schema is migrated (Flyway) first.
 */
final class PortalContexts {

	private PortalContexts() {
	}

	static ConfigurableApplicationContext start(StateOptions state, Map<String, Object> settings, boolean web) {
		ServerDatabase.check(state.dbUrl, state.dbUser, "--state");
		Map<String, Object> properties = new HashMap<>(settings);
		properties.put("scorecards.db", state.state.resolve("scorecards").toAbsolutePath().toString());
		properties.put("scorecards.state", state.state.toAbsolutePath().toString());
		properties.put("spring.flyway.enabled", true);
		properties.put("spring.flyway.baseline-on-migrate", true);
		properties.put("spring.flyway.baseline-version", "0");
		properties.put("spring.main.web-application-type", web ? "servlet" : "none");
		// Handed over as arguments of this call only: they rank above application.properties (the batch
		// commands' settings), and the password never shows in the process list.
		List<String> arguments = new ArrayList<>();
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		arguments.addAll(ServerDatabase.arguments(state.dbUrl, state.dbUser));
		return new SpringApplicationBuilder(ScorecardsApplication.class)
			.web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
			.run(arguments.toArray(String[]::new));
	}
}
