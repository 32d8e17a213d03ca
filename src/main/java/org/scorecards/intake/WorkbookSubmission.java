package org.scorecards.intake;

import java.util.List;
import java.util.Map;

/**
 * What the focal point's workbook gave, after validation.
 *
 * @param entries accepted values by workbook item code
 * @param narrative pillar key (lower case) to text
 * @param blockedReason why the workbook cannot be used at all (the country is then blocked), or null
 * @param copy the visible sheets of the contract as the validation workbook's annotated copy shows them, bounded;
 * {@code null} when the file is missing or could not be read
 */
public record WorkbookSubmission(Map<String, String> cover, Map<String, WorkbookEntry> entries,
		Map<String, String> narrative, String blockedReason, List<SubmittedSheet> copy) {

	static WorkbookSubmission blocked(String reason) {
		return new WorkbookSubmission(Map.of(), Map.of(), Map.of(), reason, null);
	}
}
