package org.scorecards.cycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.scorecards.AtomicFiles;
import org.scorecards.Checksums;
import org.scorecards.intake.InputTree;
import org.scorecards.intake.PlainFiles;
import org.scorecards.scoring.CountryScore;

/**
 * The scores of earlier years, kept in {@code <state>/scores/<year>/<ISO3>.json}: every run re-scores the two years
 * before the reporting year (trend, year-on-year review, three-year history), and the 2024 files of a country
 * rarely change once the 2025 cycle runs. A kept score is used only while its key matches: the year's files of
 * the country, the reference data, the methodology, the rule catalogue and the build of the tool (a rebuilt jar
 * scores afresh). Anything else is scored from the files, and kept for the next run.
 */
final class EarlierScores {

	private final Path folder;

	private final InputTree input;

	private final String context;

	/** @param folder where scores are kept, or {@code null} to keep none (a portal upload's check) */
	EarlierScores(Path folder, InputTree input, String methodologyChecksum, String rulesChecksum) {
		// A build that cannot be identified keeps nothing: a kept score must never outlive the code that made it.
		this.folder = BuildIdentity.VALUE == null ? null : folder;
		this.input = input;
		this.context = this.folder == null ? "" : context(input, methodologyChecksum, rulesChecksum);
	}

	/**
	 * @param known SHA-256 of files already hashed in this check, by path; the year's files hashed here are added,
	 * so the outcome's dependency fingerprint reads none of them again
	 * @param score scores the year from its files, adding the hashes its intake took to {@code known}: a score
	 * kept is keyed by the very bytes it was made from, and a first run hashes no file twice
	 */
	CountryScore score(int year, String iso3, Map<Path, String> known, Supplier<CountryScore> score) {
		if (folder == null) {
			return score.get();
		}
		Path file = folder.resolve(Integer.toString(year)).resolve(iso3 + ".json");
		try {
			if (Files.isRegularFile(file)) {
				Kept kept = WorkArea.JSON.readValue(file.toFile(), Kept.class);
				if (key(year, iso3, known).equals(kept.key())) {
					return kept.score();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// An unreadable kept score (a half-written file of an older build, say) is scored again, never trusted.
		}
		CountryScore scored = score.get();
		String key = key(year, iso3, known);
		AtomicFiles.write(file, out -> WorkArea.JSON.writeValue(out, new Kept(key, scored)));
		return scored;
	}

	private String key(int year, String iso3, Map<Path, String> known) {
		List<String> lines = new ArrayList<>(List.of(context, year + "/" + iso3));
		Path country = input.country(year, iso3);
		for (String name : CountryDependencies.COUNTRY_FILES) {
			Path file = country.resolve(name);
			if (PlainFiles.isFile(file)) {
				lines.add(name + " " + known.computeIfAbsent(file, Checksums::sha256));
			}
		}
		return Checksums.sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

	private static String context(InputTree input, String methodologyChecksum, String rulesChecksum) {
		List<String> lines = new ArrayList<>(List.of("methodology " + methodologyChecksum, "rules " + rulesChecksum,
				"build " + BuildIdentity.VALUE));
		for (String name : CountryDependencies.REFERENCE_FILES) {
			Path file = input.reference().resolve(name);
			lines.add(name + " " + (PlainFiles.isFile(file) ? Checksums.sha256(file) : "-"));
		}
		return String.join("\n", lines);
	}

	record Kept(String key, CountryScore score) {
	}
}
