package org.scorecards.cycle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.CycleReport;

/**
 * The prepared data of a finished run (its work area), assembled into the reports the documents are drawn
 * from, exactly as the render and publish steps do, for the benchmark floors (bench/run.sh; not a test).
 */
public final class BenchReports {

	private final CycleParameters parameters;

	private final WorkArea work;

	private final ReportAssembler assembler;

	public BenchReports(Path input, Path output, int year, Path templates, LocalDate asOf) {
		this.parameters = new CycleParameters(year, input, output, null, null, null, templates, asOf, 1, 5);
		this.work = new WorkArea(parameters);
		this.assembler = new ReportAssembler(parameters, MethodologyLoader.bundled());
	}

	public List<CountryReport> countries() {
		var standings = work.standings();
		return work.outcomes().stream().map(o -> assembler.country(o, standings)).toList();
	}

	public CycleReport cycle() {
		return assembler.cycle(work.outcomes(), work.standings());
	}

	/** A document the run published for a country: kind is scorecard, annex or validation. */
	public Path countryFile(String iso3, String kind, String extension) {
		return work.countryFile(iso3, kind, extension);
	}

	/** A country's private file (the validation workbook), in the feedback tree beside the output. */
	public Path feedbackCountryFile(String iso3, String kind, String extension) {
		return work.feedbackCountryFile(iso3, kind, extension);
	}

	public Path summaryFile(String kind, String extension, org.scorecards.language.Language language) {
		return work.summaryFile(kind, extension, language);
	}

	public Path summaryFile(String kind, String extension) {
		return work.summaryFile(kind, extension);
	}
}
