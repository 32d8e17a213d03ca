package org.scorecards.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.scorecards.AtomicFiles;
import org.scorecards.OutputTree;
import org.scorecards.intake.IndicatorWorkbook;
import org.scorecards.intake.InputTree;
import org.scorecards.intake.WorkbookEntry;
import org.scorecards.intake.WorkbookReader;
import org.scorecards.intake.WorkbookSubmission;
import org.scorecards.methodology.Methodology;
import org.scorecards.reference.Country;
import org.scorecards.validation.RuleCatalogue;

/**
 * The templates of a year on disk: reads each country's workbook of the year before from the input tree and
 * writes {@code <output>/<year>/templates/<ISO3>/indicators.xlsx} whole or not at all.
 */
public final class CountryTemplates {

	private final InputTree input;

	private final OutputTree output;

	private final Methodology methodology;

	private final WorkbookTemplate template;

	public CountryTemplates(InputTree input, OutputTree output, Methodology methodology, WorkbookTemplate template) {
		this.input = input;
		this.output = output;
		this.methodology = methodology;
		this.template = template;
	}

	public static Path target(OutputTree output, int year, String iso3) {
		return output.template(year, iso3, IndicatorWorkbook.FILE);
	}

	/** Writes the country's template and returns how many values of last year it shows. */
	public int write(Country country, int year) {
		Map<String, WorkbookEntry> previous = lastYear(country.iso3(), year - 1);
		AtomicFiles.write(target(output, year, country.iso3()), out -> template.write(country, year, previous, out));
		return previous.size();
	}

	/**
	 * Last year's accepted values, or none when that workbook is absent or was blocked as a whole (e.g. its
	 * Cover named another country), since then none of its values was accepted. Its findings are not ours to
	 * report here: a value it rejected is simply not shown.
	 */
	public Map<String, WorkbookEntry> lastYear(String iso3, int year) {
		Path file = input.workbook(year, iso3);
		if (!Files.isRegularFile(file)) {
			return Map.of();
		}
		WorkbookSubmission submission = new WorkbookReader(iso3, year, methodology, RuleCatalogue.bundled()).read(file);
		return submission.blockedReason() == null ? submission.entries() : Map.of();
	}
}
