package org.scorecards.cycle;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.scorecards.intake.CountryIntake;
import org.scorecards.intake.CsvRules;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.reference.ReferenceData;
import org.scorecards.reference.ReferenceDataLoader;
import org.scorecards.rendering.ScorecardPdf;
import org.scorecards.rendering.SummaryPdf;
import org.scorecards.validation.RuleCatalogue;

/**
 * What every country partition of a run shares: methodology, rules, reference data and compiled report
 * templates, loaded once per run rather than once per country.
 */
@Component
class CycleResources {

	private final Map<String, Object> cache = new ConcurrentHashMap<>();

	Methodology methodology(CycleParameters parameters) {
		return (Methodology) cache.computeIfAbsent("methodology:" + parameters.methodology(),
				k -> MethodologyLoader.load(parameters.methodology()));
	}

	CsvRules rules() {
		return (CsvRules) cache.computeIfAbsent("rules", k -> CsvRules.bundled());
	}

	RuleCatalogue catalogue() {
		return (RuleCatalogue) cache.computeIfAbsent("catalogue", k -> RuleCatalogue.bundled());
	}

	ReferenceData reference(CycleParameters parameters) {
		return (ReferenceData) cache.computeIfAbsent("reference:" + parameters.input(),
				k -> ReferenceDataLoader.load(parameters.input().resolve("reference")));
	}

	CountryIntake intake(CycleParameters parameters) {
		return new CountryIntake(methodology(parameters), rules(), reference(parameters), catalogue());
	}

	ScorecardPdf scorecardPdf(Path templates) {
		return (ScorecardPdf) cache.computeIfAbsent("scorecard:" + templates, k -> new ScorecardPdf(templates));
	}

	SummaryPdf summaryPdf(Path templates) {
		return (SummaryPdf) cache.computeIfAbsent("summary:" + templates, k -> new SummaryPdf(templates));
	}

	/** Forgets inputs read by earlier runs in this JVM: a corrected file must be read anew. */
	void forgetInputs() {
		cache.keySet().removeIf(k -> !k.startsWith("scorecard:") && !k.startsWith("summary:"));
	}
}
