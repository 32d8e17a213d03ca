package org.scorecards.intake;

import java.util.Map;

/**
 * What the focal point's workbook gave, after validation.
 *
 * @param entries accepted values by workbook item code
 * @param narrative pillar key (lower case) to text
 * @param blockedReason why the workbook cannot be used at all (the country is then blocked), or null
 */
public record WorkbookSubmission(Map<String, String> cover, Map<String, WorkbookEntry> entries,
		Map<String, String> narrative, String blockedReason) {

	static WorkbookSubmission blocked(String reason) {
		return new WorkbookSubmission(Map.of(), Map.of(), Map.of(), reason);
	}
}
