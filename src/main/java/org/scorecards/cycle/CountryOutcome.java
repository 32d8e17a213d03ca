package org.scorecards.cycle;

import java.util.List;
import java.util.Map;

import org.scorecards.intake.IntakeCount;
import org.scorecards.intake.KeyFigures;
import org.scorecards.intake.SourceFile;
import org.scorecards.intake.SubmittedSheet;
import org.scorecards.reference.Country;
import org.scorecards.scoring.CountryScore;
import org.scorecards.validation.Finding;

/**
 * The result of scoring one country, kept in the run's work area between steps so that a restart need not
 * redo it. Aggregates only: no case-level record is kept.
 *
 * @param previous last year's inputs re-scored under the same methodology, or {@code null}
 * @param governmentComments the government's comments on its draft card ({@code government-comments.txt}), or
 * {@code null}
 * @param twoYearsBefore the inputs of the year before last, likewise, or {@code null}
 * @param workbookCopy the submitted workbook's cells its validation workbook shows (bounded), or {@code null}: the
 * render step, perhaps in another process, never opens the submitted file again
 * @param dependencies the fingerprint of every file the outcome depends on ({@link CountryDependencies}), or
 * {@code null}; a resumed run re-scores the country when the files on disk give another
 */
public record CountryOutcome(Country country, int year, CountryScore score, CountryScore previous,
		CountryScore twoYearsBefore, KeyFigures keyFigures,
		List<Finding> findings, List<IntakeCount> intake, List<SourceFile> sources, Map<String, String> narrative,
		String inputFingerprint, String governmentComments, List<SubmittedSheet> workbookCopy,
		String dependencies) {
}
