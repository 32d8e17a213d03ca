package org.scorecards;

import java.nio.file.Path;

import org.scorecards.language.Language;

/**
 * The output tree, the one place that knows its layout: per year, one folder per country with
 * {@code <ISO3>-<year>-<kind>.<ext>}, {@code summary/<year>-<kind>.<ext>}, {@code manifest.json} and
 * {@code templates/<ISO3>/} for the workbooks sent out. {@code <year>/} holds only what may be published:
 * work files live in the state folder, what echoes submitted values in the {@link FeedbackTree}.
 */
public record OutputTree(Path root) {

	public static final String MANIFEST = "manifest.json";

	public Path year(int year) {
		return root.resolve(Integer.toString(year));
	}

	/** A country's folder; {@code iso3} must be a code of the cycle, never a name taken from a file. */
	public Path country(int year, String iso3) {
		return year(year).resolve(iso3);
	}

	public Path countryFile(int year, String iso3, String kind, String extension) {
		return country(year, iso3).resolve(iso3 + "-" + year + "-" + kind + "." + extension);
	}

	public Path summaryFile(int year, String kind, String extension) {
		return year(year).resolve("summary").resolve(year + "-" + kind + "." + extension);
	}

	/**
	 * A cycle document in a language: English keeps {@code summary/<year>-<kind>.<ext>}, the names scripts and
	 * the manifest have always read; another language adds its tag, {@code summary/<year>-<kind>-fr.<ext>}.
	 */
	public Path summaryFile(int year, String kind, String extension, Language language) {
		return summaryFile(year, language == Language.EN ? kind : kind + "-" + language.tag(), extension);
	}

	public Path manifest(int year) {
		return year(year).resolve(MANIFEST);
	}

	public Path template(int year, String iso3, String fileName) {
		return year(year).resolve("templates").resolve(iso3).resolve(fileName);
	}
}
