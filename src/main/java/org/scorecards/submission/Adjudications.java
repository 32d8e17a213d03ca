package org.scorecards.submission;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.scorecards.AtomicFiles;
import org.scorecards.intake.AdjudicationFile;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.methodology.WorkbookItem;

/**
 * Analysts' adjudications: a decision on one workbook value of a country (value, reason, source, who) that
 * scoring uses in place of the submitted one. Kept in the database and written beside the country's files
 * ({@link AdjudicationFile}), so a run from the desk and {@code run} on the command line score alike.
 */
@Component
public class Adjudications {

	public record Adjudication(String indicator, String value, String reason, String source, String by, Instant at) {
	}

	private final JdbcClient jdbc;

	private final SubmissionStore store;

	private final AuditTrail audit;

	private final Clock clock;

	Adjudications(JdbcClient jdbc, SubmissionStore store, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	public Adjudication record(Account actor, int year, String iso3, String indicator, String value, String reason,
			String source) {
		WorkbookItem item = MethodologyLoader.bundled().workbookItem(indicator == null ? "" : indicator.strip())
			.orElseThrow(() -> UploadRefused.because(400, "not-an-item", indicator));
		String checked = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (item.type().equals("answer") ? !checked.matches("yes|partial|no") : !checked.matches("\\d{1,12}")) {
			throw UploadRefused.because(400, item.type().equals("answer") ? "answer-value" : "count-value", item.code(), value);
		}
		if (reason == null || reason.isBlank() || source == null || source.isBlank()) {
			throw UploadRefused.because(400, "adjudication-incomplete");
		}
		jdbc.sql("INSERT INTO adjudication (reporting_year, iso3, indicator, adjudicated_value, reason, source, "
				+ "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(year, iso3, item.code(), item.type().equals("answer") ? checked : new BigDecimal(checked).toPlainString(),
					clip(reason), clip(source), actor.email(), Timestamp.from(clock.instant()))
			.update();
		audit.record(actor.email(), "adjudication", year, iso3, item.code() + " = " + checked + ": " + reason, null,
				checked);
		List<Adjudication> all = list(year, iso3);
		write(year, iso3, all);
		return all.get(all.size() - 1);
	}

	/** In the order recorded; a later adjudication of the same indicator wins. */
	public List<Adjudication> list(int year, String iso3) {
		return jdbc.sql("SELECT * FROM adjudication WHERE reporting_year = ? AND iso3 = ? ORDER BY id")
			.params(year, iso3)
			.query((rs, n) -> new Adjudication(rs.getString("indicator"), rs.getString("adjudicated_value"),
					rs.getString("reason"), rs.getString("source"), rs.getString("decided_by"),
					rs.getTimestamp("decided_at").toInstant()))
			.list();
	}

	/** The country's adjudications file, in the state and beside its files in the input tree. */
	private void write(int year, String iso3, List<Adjudication> all) {
		StringWriter text = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
			.setHeader(AdjudicationFile.COLUMNS.toArray(String[]::new)).get())) {
			for (Adjudication a : all) {
				csv.printRecord(a.indicator(), a.value(), a.reason(), a.source(), a.by(), a.at());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		Path kept = store.adjudications(year, iso3);
		AtomicFiles.write(kept, out -> out.write(bytes));
		Path country = store.input().country(year, iso3);
		if (Files.isDirectory(country)) {
			AtomicFiles.write(country.resolve(AdjudicationFile.FILE), out -> out.write(bytes));
		}
	}

	private static String clip(String text) {
		String value = text.strip();
		return value.length() > 2000 ? value.substring(0, 2000) : value;
	}
}
