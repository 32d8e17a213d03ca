package org.scorecards.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.scorecards.cycle.CountryCheck;
import org.scorecards.intake.AdjudicationFile;
import org.scorecards.intake.InputTree;
import org.scorecards.reference.ReferenceData;
import org.scorecards.reference.ReferenceDataLoader;

/**
 * Where submitted files live. Every version is kept whole under the state folder
 * ({@code submissions/<year>/<ISO3>/v<n>/}), never overwritten; the latest version is also copied into the
 * input tree ({@code <input>/<year>/<ISO3>/}), so that {@code run} scores what the portal received: one
 * source of truth, no copying by hand. Paths are built from the cycle's year, a checked country code and a
 * role's own file name only.
 */
@Component
public class SubmissionStore {

	private final Path state;

	private final InputTree input;

	private ReferenceData reference;

	private String referenceStamp = "";

	SubmissionStore(@Value("${scorecards.state:state}") Path state, @Value("${scorecards.input:input}") Path input) {
		this.state = state.toAbsolutePath().normalize();
		this.input = new InputTree(input.toAbsolutePath().normalize());
	}

	public InputTree input() {
		return input;
	}

	/** The reference data of the input tree: every request asks for it, so it is read again only when it changes. */
	public synchronized ReferenceData reference() {
		String stamp = stamp(input.reference());
		if (!stamp.equals(referenceStamp)) {
			reference = ReferenceDataLoader.load(input.reference());
			referenceStamp = stamp;
		}
		return reference;
	}

	private static String stamp(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			StringBuilder stamp = new StringBuilder();
			for (Path file : files.sorted().toList()) {
				stamp.append(file.getFileName()).append(Files.getLastModifiedTime(file)).append(Files.size(file));
			}
			return stamp.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the reference data in " + folder, ex);
		}
	}

	public Path version(int year, String iso3, int version) {
		return state.resolve("submissions").resolve(Integer.toString(year)).resolve(safe(iso3)).resolve("v" + version);
	}

	public Path file(int year, String iso3, int version, SubmittedFile file) {
		return version(year, iso3, version).resolve(file.fileName());
	}

	public Path validationWorkbook(int year, String iso3, int version) {
		return version(year, iso3, version).resolve("validation.xlsx");
	}

	/** The secretariat's adjudications of a country, kept in the state and placed beside its files. */
	public Path adjudications(int year, String iso3) {
		return state.resolve("adjudications").resolve(Integer.toString(year)).resolve(safe(iso3) + ".csv");
	}

	/** The government's latest comments on its draft card, kept in the state and placed beside its files. */
	public Path comments(int year, String iso3) {
		return state.resolve("comments").resolve(Integer.toString(year)).resolve(safe(iso3) + ".txt");
	}

	/**
	 * The record of a version about to be published ({@link org.scorecards.cycle.Publication}), named by the
	 * time it was recorded, so that a second attempt at the same version never reuses a failed one's record.
	 */
	public Path publicationRecord(int year, int version, java.time.Instant at) {
		return publishedVersion(year, version).resolve("record-" + at.getEpochSecond() + ".json");
	}

	/**
	 * Where a published version is kept, as it was published: {@code <folder>/<year>/} is a copy of the output
	 * tree's year, manifest included, so {@code verify --output <folder>} checks it.
	 */
	public Path publishedVersion(int year, int version) {
		return state.resolve("publications").resolve(Integer.toString(year)).resolve("v" + version);
	}

	/** Replaces the country's folder of the input tree with the files of {@code version}, whole or not at all. */
	public void publish(int year, String iso3, int version) {
		Path target = input.country(year, safe(iso3));
		Path staging = target.resolveSibling("." + iso3 + ".incoming");
		Path old = target.resolveSibling("." + iso3 + ".previous");
		try {
			delete(staging);
			delete(old);
			Files.createDirectories(staging);
			for (SubmittedFile file : SubmittedFile.values()) {
				Path source = file(year, iso3, version, file);
				if (Files.isRegularFile(source)) {
					Files.copy(source, staging.resolve(file.fileName()));
				}
			}
			Path adjudications = adjudications(year, iso3);
			if (Files.isRegularFile(adjudications)) {
				Files.copy(adjudications, staging.resolve(AdjudicationFile.FILE));
			}
			Path comments = comments(year, iso3);
			if (Files.isRegularFile(comments)) {
				Files.copy(comments, staging.resolve(CountryCheck.COMMENTS));
			}
			if (Files.exists(target)) {
				Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
			}
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			delete(old);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot place the submission of " + iso3 + " in " + target, ex);
		}
	}

	static String safe(String iso3) {
		if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("not a country code: " + iso3);
		}
		return iso3;
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
