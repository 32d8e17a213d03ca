package org.scorecards.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.WorkbookItem;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

/**
 * The secretariat's adjudications of a country ({@code adjudications.csv} beside its files, written by the
 * portal): an analyst's decision on one workbook value, which scoring uses in place of the submitted one.
 * Each applied adjudication is a finding, so the annex, the validation workbook and the card list it.
 */
public final class AdjudicationFile {

	public static final String FILE = "adjudications.csv";

	public static final List<String> COLUMNS = List.of("indicator", "value", "reason", "source", "decided_by",
			"decided_at");

	private AdjudicationFile() {
	}

	/** The workbook's entries with every adjudication applied; a finding per adjudication. */
	static WorkbookSubmission apply(Path countryDir, WorkbookSubmission workbook, Methodology methodology,
			RuleCatalogue catalogue, String iso3, List<Finding> findings) {
		Path file = countryDir.resolve(FILE);
		if (workbook.blockedReason() != null || !Files.isRegularFile(file)) {
			return workbook;
		}
		Map<String, WorkbookEntry> entries = new LinkedHashMap<>(workbook.entries());
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String code = record.get("indicator");
				WorkbookItem item = methodology.workbookItem(code).orElse(null);
				if (item == null) {
					continue;
				}
				String value = record.get("value").strip();
				String location = FILE + " line " + (record.getRecordNumber() + 1);
				WorkbookEntry entry = item.type().equals("answer")
						? new WorkbookEntry(item.code(), value.toLowerCase(Locale.ROOT), null, location)
						: new WorkbookEntry(item.code(), null, new BigDecimal(value), location);
				WorkbookEntry submitted = entries.put(item.code(), entry);
				findings.add(catalogue.finding("adjudication.applied", iso3, FILE, "line " + (record.getRecordNumber() + 1),
						value, Map.of("code", item.code(), "submitted", submitted == null ? "nothing"
								: submitted.answer() != null ? submitted.answer() : submitted.number().toPlainString(),
								"reason", record.get("reason"), "source", record.get("source"),
								"by", record.get("decided_by"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return new WorkbookSubmission(workbook.cover(), entries, workbook.narrative(), null, workbook.copy());
	}
}
