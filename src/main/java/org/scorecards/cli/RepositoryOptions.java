package org.scorecards.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.scorecards.cycle.CycleParameters;

/**
 * Where outputs, private feedback, work state and the job repository live: the H2 file in the state folder by
 * default (never in the published output tree), or a server database given by its JDBC URL. Shared by every
 * command that reads or writes the job repository.
 */
class RepositoryOptions {

	@Option(names = "--output", defaultValue = "output", paramLabel = "DIR",
			description = "Output tree. Default: ${DEFAULT-VALUE}.")
	Path output;

	@Option(names = "--state", paramLabel = "DIR",
			description = "State folder: work files of the runs and the H2 job repository. Default: state, beside --output.")
	Path state;

	@Option(names = "--feedback", paramLabel = "DIR",
			description = { "Private tree for the focal points (validation workbooks, findings with values, record counts);",
					"not for publication. Default: feedback, beside --output." })
	Path feedback;

	@Option(names = "--db", paramLabel = "FILE",
			description = "H2 file of the job repository. Default: <state>/batch/scorecards.")
	Path db;

	@Option(names = "--db-url", paramLabel = "JDBC-URL",
			description = { "A server job repository instead of the H2 file, e.g. jdbc:postgresql://host:5432/scorecards.",
					"Password from the environment variable " + ServerDatabase.PASSWORD_VARIABLE + "." })
	String dbUrl;

	@Option(names = "--db-user", paramLabel = "USER", description = "User of the --db-url database.")
	String dbUser;

	Path state() {
		return state != null ? state : CycleParameters.besideOutput(output, "state");
	}

	Path feedback() {
		return feedback != null ? feedback : CycleParameters.besideOutput(output, "feedback");
	}

	/** The H2 file; with a server database, where the log still goes. */
	Path db() {
		return db != null ? db : state().resolve("batch").resolve("scorecards");
	}

	/** The server URL, or {@code null} for the H2 file; refuses a choice it would have to ignore half of. */
	String serverUrl() {
		ServerDatabase.check(dbUrl, dbUser, "--db");
		if (dbUrl != null && db != null) {
			throw new IllegalArgumentException("--db " + db + " and --db-url " + dbUrl
					+ " both name a job repository: give one (--db for an H2 file, --db-url for a server database)");
		}
		return dbUrl;
	}

	/** For messages: the repository in use, without any password. */
	String describe() {
		String url = serverUrl();
		return url == null ? db().toString() : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}
}
