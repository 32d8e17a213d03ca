package org.scorecards.cycle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.scorecards.Checksums;
import org.scorecards.intake.CountryIntake;
import org.scorecards.intake.CountrySubmission;
import org.scorecards.intake.CsvRules;
import org.scorecards.intake.InputTree;
import org.scorecards.intake.KeyFigures;
import org.scorecards.intake.PlainFiles;
import org.scorecards.methodology.Methodology;
import org.scorecards.reference.Country;
import org.scorecards.reference.ReferenceData;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryScorer;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;

/**
 * Reads, validates and scores one country's submission: the reporting year, and the two years before
 * re-scored under the same methodology for the trend, the year-on-year review and the three-year history.
 * What a batch partition does for each country, and what the portal does for an upload.
 */
public final class CountryCheck {

	/** The government's comments on its draft card, beside the country's files. */
	public static final String COMMENTS = "government-comments.txt";

	private final InputTree input;

	private final int year;

	private final Methodology methodology;

	private final ReferenceData reference;

	private final RuleCatalogue catalogue;

	private final CountryIntake intake;

	private final LocalDate asOf;

	private final EarlierScores earlierScores;

	/** @param asOf the date the results are issued for: a workbook submitted later is flagged */
	public CountryCheck(InputTree input, int year, LocalDate asOf, Methodology methodology, ReferenceData reference,
			RuleCatalogue catalogue, CsvRules csvRules) {
		this(input, year, asOf, methodology, reference, catalogue, csvRules, null);
	}

	/**
	 * @param scoreKeep where the scores of earlier years are kept from run to run ({@code <state>/scores}), or
	 * {@code null} to score them from their files every time
	 */
	public CountryCheck(InputTree input, int year, LocalDate asOf, Methodology methodology, ReferenceData reference,
			RuleCatalogue catalogue, CsvRules csvRules, Path scoreKeep) {
		this.input = input;
		this.year = year;
		this.asOf = asOf;
		this.methodology = methodology;
		this.reference = reference;
		this.catalogue = catalogue;
		this.intake = new CountryIntake(methodology, csvRules, reference, catalogue);
		this.earlierScores = new EarlierScores(scoreKeep, input, methodology.checksum(), catalogue.checksum());
	}

	/** The country's folder of the input tree. */
	public CountryOutcome check(String iso3) {
		return check(iso3, input.country(year, iso3));
	}

	/** @param folder the submitted files, e.g. one version of a portal submission */
	public CountryOutcome check(String iso3, Path folder) {
		Country country = reference.country(iso3).orElseThrow();
		CountryScorer scorer = new CountryScorer(methodology);
		Map<Path, String> known = new java.util.HashMap<>();
		PlainFiles kind = PlainFiles.of(folder);
		if (kind != PlainFiles.FOLDER) {
			// A folder that is a link (to /etc, say) is refused unread, named as submitted, never by its target.
			Finding missing = kind == PlainFiles.MISSING
					? catalogue.finding("submission.missing", iso3, "", "", "", Map.of("year", year))
					: catalogue.finding("folder.not_plain", iso3, "", "", year + "/" + iso3, Map.of("year", year));
			return new CountryOutcome(country, year, CountryScore.blocked(iso3, year,
					kind == PlainFiles.MISSING ? "no submission received" : "the country folder is a link, not a folder"),
					earlier(iso3, scorer, 1, known), earlier(iso3, scorer, 2, known), KeyFigures.empty(), List.of(missing),
					List.of(), List.of(), Map.of(), "", null, null, dependencies(iso3, folder, known));
		}
		CountrySubmission submission = intake.read(folder, iso3, year, asOf);
		CountryScore score = submission.blocked() ? CountryScore.blocked(iso3, year, submission.blockedReason())
				: scorer.score(iso3, year, submission.evidence());
		CountryScore previous = earlier(iso3, scorer, 1, known);
		ChangeReview.Review changes = new ChangeReview(methodology, catalogue)
			.review(score, previous, submission.workbookLocations());
		score = score.withWarnings(changes.codes());
		List<Finding> findings = Stream.concat(submission.findings().stream(), changes.findings().stream())
			.sorted(Finding.REPORT_ORDER)
			.toList();
		CountryScore twoYearsBefore = earlier(iso3, scorer, 2, known);
		known.putAll(known(folder, submission));
		return new CountryOutcome(country, year, score, previous, twoYearsBefore, submission.keyFigures(),
				findings, submission.intake(), submission.sources(), submission.narrative(), fingerprint(submission),
				comments(folder), submission.workbookCopy(), dependencies(iso3, folder, known));
	}

	/** A country whose check failed unexpectedly: blocked, with a finding that says so. */
	public CountryOutcome failed(String iso3, RuntimeException ex) {
		Finding failure = catalogue.finding("processing.failed", iso3, "", "", "",
				Map.of("reason", String.valueOf(ex.getMessage())));
		return new CountryOutcome(reference.country(iso3).orElseThrow(), year,
				CountryScore.blocked(iso3, year, "processing failed"), null, null, KeyFigures.empty(), List.of(failure),
				List.of(), List.of(), Map.of(), "", null, null, null);
	}

	/**
	 * The fingerprint of every file the outcome depends on, when the folder checked is the input tree's (a
	 * portal upload's version folder is never resumed); hashes intake already took are reused.
	 */
	private String dependencies(String iso3, Path folder, Map<Path, String> known) {
		if (!folder.equals(input.country(year, iso3))) {
			return null;
		}
		return CountryDependencies.fingerprint(input, year, iso3, methodology.checksum(), catalogue.checksum(), known);
	}

	/**
	 * The fingerprint a check of the country would record now, from the files on disk: the same as
	 * {@link CountryOutcome#dependencies()} while nothing it depends on changed. A resumed run compares the two.
	 */
	static String currentDependencies(InputTree input, int year, String iso3, Methodology methodology,
			RuleCatalogue catalogue) {
		return CountryDependencies.fingerprint(input, year, iso3, methodology.checksum(), catalogue.checksum(), Map.of());
	}

	private static Map<Path, String> known(Path folder, CountrySubmission submission) {
		Map<Path, String> known = new java.util.HashMap<>();
		submission.sources().forEach(s -> known.put(folder.resolve(s.file()), s.sha256()));
		return known;
	}

	/** The government's comments on its draft card, placed beside its files by the portal; {@code null} if none. */
	private static String comments(Path folder) {
		Path file = folder.resolve(COMMENTS);
		try {
			if (!PlainFiles.isFile(file) || java.nio.file.Files.size(file) > 64 * 1024) {
				return null;
			}
			String text = java.nio.file.Files.readString(file).strip();
			return text.isEmpty() ? null : text;
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

	/** The inputs of {@code yearsBack} years before, re-scored under this methodology, or {@code null}. */
	private CountryScore earlier(String iso3, CountryScorer scorer, int yearsBack, Map<Path, String> known) {
		int earlier = year - yearsBack;
		Path folder = input.country(earlier, iso3);
		if (PlainFiles.of(folder) != PlainFiles.FOLDER) {
			return null;
		}
		return earlierScores.score(earlier, iso3, known, () -> {
			CountrySubmission submission = intake.read(folder, iso3, earlier);
			known.putAll(known(folder, submission)); // the hashes of the bytes scored: the kept score's key
			return submission.blocked() ? CountryScore.blocked(iso3, earlier, submission.blockedReason())
					: scorer.score(iso3, earlier, submission.evidence());
		});
	}

	private static String fingerprint(CountrySubmission submission) {
		StringBuilder lines = new StringBuilder();
		submission.sources()
			.stream()
			.sorted(Comparator.comparing(s -> s.file()))
			.forEach(s -> lines.append(s.file()).append(' ').append(s.sha256()).append('\n'));
		return Checksums.sha256(lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}
}
