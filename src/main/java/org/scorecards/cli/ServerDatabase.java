package org.scorecards.cli;

import java.util.List;

/**
 * A server database handed to a Spring context: the URL and user from the command line, the password from the
 * environment only, where other users of the machine cannot read it in the process list.
 */
final class ServerDatabase {

	static final String PASSWORD_VARIABLE = "SCORECARDS_DB_PASSWORD";

	private ServerDatabase() {
	}

	/** @throws IllegalArgumentException for a URL that is not JDBC, or a user without a URL */
	static void check(String url, String user, String localOption) {
		if (url == null && user != null) {
			throw new IllegalArgumentException("--db-user goes with --db-url; the H2 file of " + localOption
					+ " needs no user");
		}
		if (url != null && !url.startsWith("jdbc:")) {
			throw new IllegalArgumentException("--db-url must be a JDBC URL such as jdbc:postgresql://host:5432/scorecards, not '"
					+ url + "'");
		}
	}

	/**
	 * Arguments of the Spring application's run: they rank above application.properties (its H2 URL), and are
	 * this call's only, never the process's.
	 */
	static List<String> arguments(String url, String user) {
		if (url == null) {
			return List.of();
		}
		String password = System.getenv(PASSWORD_VARIABLE);
		return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + (user == null ? "" : user),
				"--spring.datasource.password=" + (password == null ? "" : password));
	}
}
