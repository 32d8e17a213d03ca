package org.scorecards;

import java.nio.file.Path;

/**
 * The private tree of what goes back to the focal points, beside the published output tree and never part
 * of it: per year, {@code <ISO3>/<ISO3>-<year>-validation.xlsx} (findings with the values seen, record
 * counts, the annotated copy of the workbook) and {@code <year>-findings.csv}, {@code <year>-intake.csv}.
 * These echo what was submitted, references typed into the wrong column included: not for publication.
 */
public record FeedbackTree(Path root) {

	public Path year(int year) {
		return root.resolve(Integer.toString(year));
	}

	/** A country's file; {@code iso3} must be a code of the cycle, never a name taken from a file. */
	public Path countryFile(int year, String iso3, String kind, String extension) {
		return year(year).resolve(iso3).resolve(iso3 + "-" + year + "-" + kind + "." + extension);
	}

	public Path yearFile(int year, String kind, String extension) {
		return year(year).resolve(year + "-" + kind + "." + extension);
	}
}
