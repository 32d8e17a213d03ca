package org.scorecards.cycle;

import org.scorecards.AtomicFiles;
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

	void validation(CountryReport report) {
		AtomicFiles.writeWorkbook(work.feedbackCountryFile(report.country().iso3(), "validation", "xlsx"),
				parameters.asOf(), out -> new ValidationWorkbook(catalogue).write(report, out));
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
