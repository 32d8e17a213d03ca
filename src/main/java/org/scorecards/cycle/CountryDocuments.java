package org.scorecards.cycle;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import org.scorecards.AtomicFiles;
import org.scorecards.rendering.AnnexWorkbook;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.ValidationWorkbook;

/** Writes a country's three documents, each whole or not at all, where the contract puts them. */
@Component
class CountryDocuments {

	private final CycleResources resources;

	CountryDocuments(CycleResources resources) {
		this.resources = resources;
	}

	void validation(CycleParameters parameters, CountryReport report) {
		String iso3 = report.country().iso3();
		Path submitted = parameters.input()
			.resolve(Integer.toString(parameters.year()))
			.resolve(iso3)
			.resolve("indicators.xlsx");
		AtomicFiles.writeWorkbook(new WorkArea(parameters).countryFile(iso3, "validation", "xlsx"), parameters.asOf(),
				out -> new ValidationWorkbook().write(report, Files.isRegularFile(submitted) ? submitted : null, out));
	}

	/** Compiles the scorecard templates, or finds them compiled: once per run, whichever country comes first. */
	void prepareTemplates(CycleParameters parameters) {
		resources.scorecardPdf(parameters.templates());
	}

	void scorecard(CycleParameters parameters, CountryReport report) {
		AtomicFiles.write(new WorkArea(parameters).countryFile(report.country().iso3(), "scorecard", "pdf"),
				out -> resources.scorecardPdf(parameters.templates()).render(report, out));
	}

	void annex(CycleParameters parameters, CountryReport report) {
		AtomicFiles.writeWorkbook(new WorkArea(parameters).countryFile(report.country().iso3(), "annex", "xlsx"),
				parameters.asOf(), out -> new AnnexWorkbook().write(report, out));
	}
}
