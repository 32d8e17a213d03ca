package org.scorecards.cycle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.scorecards.Checksums;
import org.scorecards.intake.AdjudicationFile;
import org.scorecards.intake.InputTree;
import org.scorecards.intake.PlainFiles;
import org.scorecards.methodology.Source;

/**
 * A fingerprint of every file a country's outcome depends on: its folder in the reporting year and in the two
 * years before (trends and the three-year history re-score them), with the adjudications and the government's
 * comments; the reference data; the methodology and the rule catalogue. A resumed run compares the fingerprint a
 * saved outcome was made from with the files now: checking the reporting year's files alone once let a changed
 * earlier year, population or methodology file through to a stale trend.
 */
final class CountryDependencies {

	/** The files of a country folder that feed its outcome, in a fixed order. */
	private static final List<String> COUNTRY_FILES = Stream
		.concat(Stream.of(Source.values()).map(Source::fileName),
				Stream.of(AdjudicationFile.FILE, CountryCheck.COMMENTS))
		.distinct()
		.sorted()
		.toList();

	private static final List<String> REFERENCE_FILES = List.of("countries.csv", "exchange_rates.csv", "population.csv");

	/** How many years before the reporting year are re-scored. */
	private static final int YEARS_BACK = 2;

	private CountryDependencies() {
	}

	/**
	 * @param known SHA-256 already taken of some of these files (by intake, in the same check), by path: each
	 * file is read once
	 */
	static String fingerprint(InputTree input, int year, String iso3, String methodologyChecksum,
			String rulesChecksum, Map<Path, String> known) {
		List<String> lines = new ArrayList<>();
		lines.add("methodology " + methodologyChecksum);
		lines.add("rules " + rulesChecksum);
		for (String name : REFERENCE_FILES) {
			file(lines, "reference/" + name, input.reference().resolve(name), known);
		}
		for (int y = year; y >= year - YEARS_BACK; y--) {
			Path folder = input.country(y, iso3);
			PlainFiles kind = PlainFiles.of(folder);
			lines.add(y + "/" + iso3 + " " + kind);
			if (kind == PlainFiles.FOLDER) {
				for (String name : COUNTRY_FILES) {
					file(lines, y + "/" + iso3 + "/" + name, folder.resolve(name), known);
				}
			}
		}
		return Checksums.sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

	private static void file(List<String> lines, String name, Path file, Map<Path, String> known) {
		if (PlainFiles.isFile(file)) {
			String sha256 = known.get(file);
			lines.add(name + " " + (sha256 != null ? sha256 : Checksums.sha256(file)));
		}
	}
}
