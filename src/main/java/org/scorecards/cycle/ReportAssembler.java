package org.scorecards.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.scorecards.methodology.Methodology;
import org.scorecards.reference.Country;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.CycleReport;
import org.scorecards.rendering.Erratum;
import org.scorecards.scoring.CycleStandings;
import org.scorecards.scoring.Standing;

/** Puts a country's outcome and its standing in the cycle together into what the documents show. */
public final class ReportAssembler {

	private final CycleParameters parameters;

	private final Methodology methodology;

	/** The versions published so far, when the run publishes one: a corrected country's card lists its errata. */
	private final List<Publication> publications;

	public ReportAssembler(CycleParameters parameters, Methodology methodology) {
		this.parameters = parameters;
		this.methodology = methodology;
		this.publications = parameters.publication() == null ? List.of() : Publication.history(parameters.publication());
	}

	/** The country's report before the cycle is ranked, as its validation workbook needs it. */
	public CountryReport unranked(CountryOutcome outcome) {
		return country(outcome, new CycleStandings(Map.of(), Map.of()));
	}

	CountryReport country(CountryOutcome outcome, CycleStandings standings) {
		Standing standing = standings.standings().get(outcome.country().iso3());
		if (standing == null) {
			standing = new Standing(null, 0, null, Map.of(), Map.of());
		}
		// The country as published: in --lang when given, else in its own language.
		Country country = outcome.country();
		Country published = new Country(country.iso3(), country.name(), country.region(), parameters.languageOf(country));
		return new CountryReport(published, outcome.year(), outcome.score(), outcome.previous(),
				outcome.twoYearsBefore(), standing,
				outcome.keyFigures(), outcome.findings(), outcome.intake(), outcome.narrative(), outcome.sources(),
				methodology, outcome.inputFingerprint(), parameters.asOf(), parameters.synthetic(),
				parameters.suppressionThreshold(), outcome.governmentComments(), outcome.workbookCopy(),
				errata(outcome.country().iso3()));
	}

	/** Every correction of the country, oldest first, dated as the portal recorded it (UTC). */
	private List<Erratum> errata(String iso3) {
		return publications.stream()
			.filter(p -> iso3.equals(p.country()))
			.map(p -> new Erratum(LocalDate.ofInstant(p.publishedAt(), ZoneOffset.UTC), p.version(), p.reason()))
			.toList();
	}

	/** Rated countries by rank (then name), then the others by name. */
	CycleReport cycle(List<CountryOutcome> outcomes, CycleStandings standings) {
		Comparator<CountryReport> order = Comparator
			.comparing((CountryReport r) -> r.standing().rank() == null ? Integer.MAX_VALUE : r.standing().rank())
			.thenComparing(r -> r.country().name());
		List<CountryReport> reports = outcomes.stream().map(o -> country(o, standings)).sorted(order).toList();
		Map<String, Map<String, BigDecimal>> averages = standings.regionalAverages();
		return new CycleReport(parameters.year(), reports, averages, methodology, parameters.asOf(),
				parameters.synthetic());
	}
}
