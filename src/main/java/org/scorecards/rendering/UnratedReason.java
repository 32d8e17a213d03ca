package org.scorecards.rendering;

import org.scorecards.language.Language;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryStatus;

/**
 * Why a country has no rating, in the document's language. Validation and scoring word the precise reason in
 * English ("The workbook is encrypted...", "insufficient data for protection..."): an English document prints
 * it; the others print the translated reason of its kind, and the validation workbook has the details.
 */
final class UnratedReason {

	private UnratedReason() {
	}

	static String of(Formats words, CountryScore score) {
		if (words.language() == Language.EN && score.reason() != null) {
			return score.reason();
		}
		return words.text(score.status() == CountryStatus.BLOCKED ? "reason.blocked" : "reason.not_rated");
	}
}
