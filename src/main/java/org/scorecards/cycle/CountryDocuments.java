package org.scorecards.cycle;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.scorecards.AtomicFiles;
import org.scorecards.Checksums;
import org.scorecards.rendering.AnnexWorkbook;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.ValidationWorkbook;
import org.scorecards.validation.RuleCatalogue;

/**
 * Writes a country's three documents, each whole or not at all: scorecard and annex in the published output
 * tree, the validation workbook (which echoes submitted values) in the private feedback tree.
 */
final class CountryDocuments {

	private final CycleParameters parameters;

	private final CompiledReports reports;

	private final WorkArea work;

	/** Words the findings' messages in the country's language. */
	private final RuleCatalogue catalogue;

	CountryDocuments(CycleParameters parameters, CompiledReports reports, RuleCatalogue catalogue) {
		this.parameters = parameters;
		this.reports = reports;
		this.catalogue = catalogue;
		this.work = new WorkArea(parameters);
	}

	/**
	 * Writes the validation workbook unless, on a one-country re-run, the one written before was made from the same
	 * findings, intake counts, submitted copy, language and date ({@link DocumentKey}): a country re-rendered
	 * because its rank or regional average moved has the same workbook, which shows neither.
	 *
	 * @return whether it was written
	 */
	boolean validation(CountryReport report) {
		String iso3 = report.country().iso3();
		Path file = work.feedbackCountryFile(iso3, "validation", "xlsx");
		Path keyFile = work.workDir().resolve(iso3 + ".validation.key");
		// What ValidationWorkbook reads of the report, and the catalogue that words the findings.
		DocumentKey key = DocumentKey.of(Arrays.asList(catalogue.checksum(), report.country(), report.year(),
				report.synthetic(), report.generatedOn(), report.findings(), report.intake(), report.submittedCopy()));
		if (key != null && key.keeps(parameters, keyFile, List.of(file), Checksums::sha256)) {
			return false;
		}
		DocumentKey.forget(keyFile);
		AtomicFiles.writeWorkbook(file, parameters.asOf(), out -> new ValidationWorkbook(catalogue).write(report, out));
		if (key != null) {
			key.save(keyFile, List.of(file), Checksums::sha256);
		}
		return true;
	}

	/** Compiles the scorecard templates, or finds them compiled: once per process, whichever country comes first. */
	void prepareTemplates() {
		reports.scorecardPdf(parameters.templates());
	}

	void scorecard(CountryReport report) {
		AtomicFiles.write(work.countryFile(report.country().iso3(), "scorecard", "pdf"),
				out -> reports.scorecardPdf(parameters.templates()).render(report, catalogue, parameters.draft(), out));
	}

	void annex(CountryReport report) {
		AtomicFiles.writeWorkbook(work.countryFile(report.country().iso3(), "annex", "xlsx"), parameters.asOf(),
				out -> new AnnexWorkbook().write(report, out));
	}
}
