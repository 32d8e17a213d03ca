package org.scorecards.cycle;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * Run ids follow one another on the H2 job repository too. H2 hands out sequence values from a cache of 32
 * that it writes back only on a clean close, so after a killed run the next run id jumped from 1 to 33.
 * Without the cache every id is stored as it is taken; a run takes a few dozen ids, so the cost is nil.
 * A server database keeps its own sequence settings.
 */
@Component
@DependsOnDatabaseInitialization
class H2Sequences implements InitializingBean {

	private static final List<String> SEQUENCES = List.of("BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ",
			"BATCH_STEP_EXECUTION_SEQ");

	private final DataSource dataSource;

	H2Sequences(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
				return;
			}
			for (String sequence : SEQUENCES) {
				statement.execute("ALTER SEQUENCE IF EXISTS " + sequence + " NO CACHE");
			}
		}
	}
}
