package org.scorecards.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Stage times of the latest job execution in a run's H2 job repository (bench/run.sh; not a test). For each
 * step: the manager step's wall time, and for partitioned steps the sum, count and maximum of the partition
 * (worker step) times. Prints {@code key=value} lines. Usage: {@code StageTimes DB_FILE} (without .mv.db).
 */
public final class StageTimes {

	private static final String STEPS = """
			SELECT s.STEP_NAME, s.START_TIME, s.END_TIME, s.STATUS
			FROM BATCH_STEP_EXECUTION s
			WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
			ORDER BY s.STEP_EXECUTION_ID
			""";

	private static final String JOB = """
			SELECT START_TIME, END_TIME, STATUS FROM BATCH_JOB_EXECUTION
			WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
			""";

	public static void main(String[] args) throws Exception {
		Map<String, double[]> partitions = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";ACCESS_MODE_DATA=r", "sa", "");
				Statement statement = connection.createStatement()) {
			try (ResultSet job = statement.executeQuery(JOB)) {
				job.next();
				print("job", seconds(job, 1, 2));
				System.out.printf("job.status=%s%n", job.getString(3));
			}
			try (ResultSet steps = statement.executeQuery(STEPS)) {
				while (steps.next()) {
					String name = steps.getString(1);
					double seconds = seconds(steps, 2, 3);
					int colon = name.indexOf(':');
					if (colon < 0) {
						print("step." + name, seconds);
					}
					else {
						// {sum, count, max} over the partitions of a worker step such as scoreCountry:XAA
						double[] sum = partitions.computeIfAbsent(name.substring(0, colon), k -> new double[3]);
						sum[0] += seconds;
						sum[1]++;
						sum[2] = Math.max(sum[2], seconds);
					}
				}
			}
		}
		partitions.forEach((name, sum) -> {
			print("partitions." + name + ".sum", sum[0]);
			System.out.printf("partitions.%s.count=%d%n", name, (long) sum[1]);
			print("partitions." + name + ".max", sum[2]);
		});
	}

	private static double seconds(ResultSet row, int start, int end) throws Exception {
		LocalDateTime from = row.getObject(start, LocalDateTime.class);
		LocalDateTime to = row.getObject(end, LocalDateTime.class);
		return from == null || to == null ? Double.NaN : Duration.between(from, to).toNanos() / 1e9;
	}

	private static void print(String key, double seconds) {
		System.out.printf(Locale.ROOT, "%s.seconds=%.3f%n", key, seconds);
	}
}
