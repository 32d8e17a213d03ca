package org.scorecards.rendering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.scorecards.intake.IntakeCount;
import org.scorecards.intake.KeyFigures;
import org.scorecards.intake.SourceFile;
import org.scorecards.intake.SubmittedSheet;
import org.scorecards.methodology.Methodology;
import org.scorecards.reference.Country;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.Standing;
import org.scorecards.validation.Finding;

/**
 * Everything a country's scorecard, annex and validation workbook show.
 *
 * @param previous last year's scores re-computed under the same methodology, or {@code null}
 * @param twoYearsBefore the scores of the year before last, likewise, or {@code null}
 * @param narrative the focal point's text per pillar (pillar key to text), possibly empty
 * @param inputFingerprint SHA-256 over the checksums of the country's input files
 * @param synthetic the inputs are synthetic demo data: every document says so visibly
 * @param suppressionThreshold breakdown counts from 1 to threshold-1 are shown as "&lt;threshold"
 * @param governmentComments the government's comments on its draft scorecard, printed on the final card; or
 * {@code null}
 * @param submittedCopy the submitted workbook's sheets as read, for the validation workbook's annotated copy; or
 * {@code null} when the workbook was missing or unreadable
 * @param errata the corrections of this country published after the cycle, oldest first; the card prints them
 */
public record CountryReport(Country country, int year, CountryScore score, CountryScore previous,
		CountryScore twoYearsBefore, Standing standing, KeyFigures keyFigures, List<Finding> findings,
		List<IntakeCount> intake, Map<String, String> narrative, List<SourceFile> sources, Methodology methodology,
		String inputFingerprint, LocalDate generatedOn, boolean synthetic, int suppressionThreshold,
		String governmentComments, List<SubmittedSheet> submittedCopy, List<Erratum> errata) {

	/** A report without a copy of the submitted workbook, of a country never corrected after publication. */
	public CountryReport(Country country, int year, CountryScore score, CountryScore previous,
			CountryScore twoYearsBefore, Standing standing, KeyFigures keyFigures, List<Finding> findings,
			List<IntakeCount> intake, Map<String, String> narrative, List<SourceFile> sources, Methodology methodology,
			String inputFingerprint, LocalDate generatedOn, boolean synthetic, int suppressionThreshold,
			String governmentComments) {
		this(country, year, score, previous, twoYearsBefore, standing, keyFigures, findings, intake, narrative, sources,
				methodology, inputFingerprint, generatedOn, synthetic, suppressionThreshold, governmentComments, null, List.of());
	}

	/** A report without the year before last and without comments. */
	public CountryReport(Country country, int year, CountryScore score, CountryScore previous, Standing standing,
			KeyFigures keyFigures, List<Finding> findings, List<IntakeCount> intake, Map<String, String> narrative,
			List<SourceFile> sources, Methodology methodology, String inputFingerprint, LocalDate generatedOn,
			boolean synthetic, int suppressionThreshold) {
		this(country, year, score, previous, null, standing, keyFigures, findings, intake, narrative, sources,
				methodology, inputFingerprint, generatedOn, synthetic, suppressionThreshold, null, null, List.of());
	}
}
