package org.scorecards.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * Where the portal keeps its state: accounts, cycles, submissions and audit trail in an H2 file under the
 * state folder, or in a server database given by its JDBC URL; submitted files under the state folder.
 */
class StateOptions {

	@Option(names = "--state", defaultValue = "state", paramLabel = "DIR",
			description = "State folder: the application database (H2) and every submitted file. Default: ${DEFAULT-VALUE}.")
	Path state;

	@Option(names = "--db-url", paramLabel = "JDBC-URL",
			description = { "A server database instead of the H2 file, e.g. jdbc:postgresql://host:5432/scorecards.",
					"Password from the environment variable " + ServerDatabase.PASSWORD_VARIABLE + "." })
	String dbUrl;

	@Option(names = "--db-user", paramLabel = "USER", description = "User of the --db-url database.")
	String dbUser;
}
