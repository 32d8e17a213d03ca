package org.scorecards.cycle;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryScorer;
import org.scorecards.scoring.Evidence;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;
import org.scorecards.validation.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Year-on-year review: a value more than change_factor (3 in rules.yaml) times last year's, up or down. */
class ChangeReviewTest {

	static final Methodology METHODOLOGY = MethodologyLoader.bundled();

	static final CountryScorer SCORER = new CountryScorer(METHODOLOGY);

	static final Map<String, String> LOCATIONS = Map.of("PV.2", "Indicators!C3", "PA.4", "Indicators!C14");

	final ChangeReview review = new ChangeReview(METHODOLOGY, RuleCatalogue.bundled());

	/** Scores of XAA with only the given plain numbers (PV.2 campaigns, PA.4 joint investigations). */
	static CountryScore scores(int year, Map<String, Integer> numbers) {
		Map<String, Evidence> evidence = new HashMap<>();
		numbers.forEach((code, n) -> evidence.put(code, Evidence.ratio(BigDecimal.valueOf(n), null, false)));
		return SCORER.score("XAA", year, evidence);
	}

	ChangeReview.Review review(Map<String, Integer> lastYear, Map<String, Integer> thisYear) {
		return review.review(scores(2025, thisYear), scores(2024, lastYear), LOCATIONS);
	}

	@Nested
	class Flagged {

		@Test
		void aRiseOfMoreThanTheFactorIsAWarningAtTheWorkbookCell() {
			ChangeReview.Review result = review(Map.of("PV.2", 3), Map.of("PV.2", 10));
			assertThat(result.findings()).containsExactly(new Finding("XAA", Severity.WARNING, "indicators.xlsx",
					"Indicators!C3", "change.review", "10",
					"PV.2 is 10, against 3 last year (more than 3x apart): please confirm or correct"));
			assertThat(result.codes()).containsExactly("PV.2");
		}

		@Test
		void aFallOfMoreThanTheFactorIsAWarningToo() {
			ChangeReview.Review result = review(Map.of("PA.4", 4), Map.of("PA.4", 1));
			assertThat(result.findings()).extracting(Finding::location, Finding::rule, Finding::value, Finding::message)
				.containsExactly(tuple("Indicators!C14", "change.review", "1",
						"PA.4 is 1, against 4 last year (more than 3x apart): please confirm or correct"));
		}

		@Test
		void anIndicatorFromACsvFileNamesTheFileWithoutACell() {
			Map<String, Evidence> before = Map.of("PT.1", Evidence.ratio(new BigDecimal("10"), new BigDecimal("1000000"), false));
			Map<String, Evidence> after = Map.of("PT.1", Evidence.ratio(new BigDecimal("50"), new BigDecimal("1000000"), false));
			ChangeReview.Review result = review.review(SCORER.score("XAA", 2025, after), SCORER.score("XAA", 2024, before),
					LOCATIONS);
			assertThat(result.findings()).extracting(Finding::file, Finding::location, Finding::value)
				.containsExactly(tuple("victims.csv", "", "5"));
		}
	}

	@Nested
	class NotFlagged {

		@Test
		void aChangeWithinTheFactorIsNotFlagged() {
			// exactly 3x, up and down, is within the factor
			ChangeReview.Review result = review(Map.of("PV.2", 3, "PA.4", 6), Map.of("PV.2", 9, "PA.4", 2));
			assertThat(result.findings()).isEmpty();
			assertThat(result.codes()).isEmpty();
		}

		@Test
		void zeroThisYearOrLastYearIsNotFlagged() {
			assertThat(review(Map.of("PV.2", 0, "PA.4", 5), Map.of("PV.2", 5, "PA.4", 0)).findings()).isEmpty();
		}

		@Test
		void aValueMissingInEitherYearIsNotFlagged() {
			assertThat(review(Map.of("PV.2", 1), Map.of("PA.4", 5)).findings()).isEmpty();
		}

		@Test
		void noPreviousYearMeansNoReview() {
			assertThat(review.review(scores(2025, Map.of("PV.2", 10)), null, LOCATIONS).findings()).isEmpty();
		}
	}
}
