package org.scorecards.intake;

import java.util.List;
import java.util.Map;

import org.scorecards.scoring.Evidence;
import org.scorecards.validation.Finding;

/**
 * A country's validated submission for one year, reduced to what scoring and publishing need: evidence per
 * indicator and aggregate breakdowns. No case-level record survives intake.
 *
 * @param evidence indicator code to its raw inputs; an absent code is not reported
 * @param workbookLocations indicator code to the workbook cell its value was read from
 * @param blockedReason why the country cannot be scored at all, or {@code null}
 * @param workbookCopy the workbook's cells for its annotated copy ({@link WorkbookSubmission#copy()}), or {@code null}
 */
public record CountrySubmission(String iso3, int year, Map<String, Evidence> evidence, KeyFigures keyFigures,
		List<Finding> findings, List<IntakeCount> intake, List<SourceFile> sources, Map<String, String> narrative,
		Map<String, String> workbookLocations, String blockedReason, List<SubmittedSheet> workbookCopy) {

	public boolean blocked() {
		return blockedReason != null;
	}
}
