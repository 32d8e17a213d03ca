package org.scorecards.intake;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The input tree of a cycle, the one place that knows its layout: {@code reference/} with the countries,
 * populations and exchange rates, one folder per year and country ({@code <year>/<ISO3>/}) with the
 * submitted files, and {@code SYNTHETIC.md} at the top when the data are synthetic.
 */
public record InputTree(Path root) {

	public static final String SYNTHETIC_NOTE = "SYNTHETIC.md";

	public Path reference() {
		return root.resolve("reference");
	}

	public Path countries() {
		return reference().resolve("countries.csv");
	}

	public Path year(int year) {
		return root.resolve(Integer.toString(year));
	}

	/** A country's folder; {@code iso3} must be a code of the cycle, never a name taken from a file. */
	public Path country(int year, String iso3) {
		return year(year).resolve(iso3);
	}

	public Path workbook(int year, String iso3) {
		return country(year, iso3).resolve(IndicatorWorkbook.FILE);
	}

	/** Synthetic demo data carry a note at the top of the tree: every document then says so. */
	public boolean synthetic() {
		return Files.isRegularFile(root.resolve(SYNTHETIC_NOTE));
	}
}
