package org.scorecards.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real PostgreSQL server as the job repository. .ci/run starts a throwaway one and sets the variables;
 * without them (a developer's machine) the test is skipped, never faked.
 */
@EnabledIfEnvironmentVariable(named = PostgresRepositoryIT.URL, matches = "jdbc:postgresql:.+")
class PostgresRepositoryIT extends JobRepositoryScenarios {

	static final String URL = "SCORECARDS_TEST_PG_URL";

	@Override
	List<String> repository(Path output) {
		return List.of("--output", output.toString(), "--db-url", System.getenv(URL), "--db-user",
				System.getenv().getOrDefault("SCORECARDS_TEST_PG_USER", "scorecards"));
	}

	@Override
	void assertRecorded(List<Path> outputs, int runs) throws Exception {
		for (Path output : outputs) {
			assertThat(output.resolve(".batch/scorecards.mv.db")).as("no H2 file in its place").doesNotExist();
			assertThat(org.scorecards.cycle.CycleParameters.besideOutput(output, "state").resolve("batch/scorecards.mv.db"))
				.as("no H2 file in the state folder").doesNotExist();
		}
		String sql = """
				SELECT COUNT(DISTINCT job_execution_id) FROM batch_job_execution_params
				WHERE parameter_name = 'output' AND parameter_value IN (?, ?)
				""";
		try (Connection connection = DriverManager.getConnection(System.getenv(URL), repository(outputs.get(0)).get(5),
				environment().get(ServerDatabase.PASSWORD_VARIABLE));
				PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, outputs.get(0).toAbsolutePath().normalize().toString());
			query.setString(2, outputs.get(1).toAbsolutePath().normalize().toString());
			try (ResultSet result = query.executeQuery()) {
				result.next();
				assertThat(result.getInt(1)).isEqualTo(runs);
			}
		}
	}

	@Override
	Map<String, String> environment() {
		return Map.of(ServerDatabase.PASSWORD_VARIABLE, System.getenv().getOrDefault("SCORECARDS_TEST_PG_PASSWORD", ""));
	}
}
