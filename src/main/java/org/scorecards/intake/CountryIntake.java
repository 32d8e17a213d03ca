package org.scorecards.intake;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.scorecards.Checksums;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Measure;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Source;
import org.scorecards.reference.ReferenceData;
import org.scorecards.scoring.Evidence;
import org.scorecards.validation.Finding;
import org.scorecards.validation.RuleCatalogue;
import org.scorecards.validation.Severity;

/**
 * Reads one country folder for one year: the workbook and the four CSV files, each validated, reduced to
 * evidence per indicator and aggregate key figures.
 */
public final class CountryIntake {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private final Methodology methodology;

	private final CsvRules rules;

	private final ReferenceData reference;

	private final RuleCatalogue catalogue;

	public CountryIntake(Methodology methodology, CsvRules rules, ReferenceData reference, RuleCatalogue catalogue) {
		this.methodology = methodology;
		this.rules = rules;
		this.reference = reference;
		this.catalogue = catalogue;
	}

	public CountrySubmission read(Path countryDir, String iso3, int year) {
		return read(countryDir, iso3, year, null);
	}

	/** @param asOf the date the run issues its results for (a later submission date is flagged); may be null */
	public CountrySubmission read(Path countryDir, String iso3, int year, LocalDate asOf) {
		List<Finding> findings = new ArrayList<>();
		List<IntakeCount> intake = new ArrayList<>();
		List<SourceFile> sources = new ArrayList<>();
		Map<String, Evidence> evidence = new LinkedHashMap<>();

		WorkbookReader workbookReader = new WorkbookReader(iso3, year, methodology, catalogue, asOf);
		Path workbookFile = countryDir.resolve(IndicatorWorkbook.FILE);
		WorkbookSubmission workbook = workbookReader.read(workbookFile);
		findings.addAll(workbookReader.findings());
		workbook = AdjudicationFile.apply(countryDir, workbook, methodology, catalogue, iso3, findings);
		if (PlainFiles.isFile(workbookFile)) {
			sources.add(new SourceFile(IndicatorWorkbook.FILE, Checksums.sha256(workbookFile), workbookReader.rowsRead()));
		}

		Optional<Long> population = reference.population(iso3, year);
		if (population.isEmpty()) {
			findings.add(catalogue.finding("reference.population", iso3, "population.csv", "", iso3, Map.of("year", year)));
		}
		BigDecimal people = population.map(BigDecimal::valueOf).orElse(null);

		workbookEvidence(workbook, findings, people, evidence);

		ValidatedCsvReader csvReader = new ValidatedCsvReader(iso3, year, reference, catalogue);
		KeyFigureTally figures = new KeyFigureTally(rules);
		Map<String, BigDecimal> fundingUsd = new LinkedHashMap<>();
		Map<String, BigDecimal> fundingUsdBySource = new LinkedHashMap<>();
		for (Source source : List.of(Source.VICTIMS, Source.PROSECUTIONS, Source.FUNDING, Source.TRAINING)) {
			List<RecordTally> tallies = methodology.indicators()
				.stream()
				.filter(i -> i.source() == source && i.measure() != Measure.USD_PER_CAPITA)
				.map(i -> new RecordTally(i, iso3))
				.toList();
			// A record held for an exact second look arrives after later ones, and only if its hash merely
			// collided: the tallies are sums, the same in any order (a value outside a breakdown's codes, kept
			// under a warning, would only be listed later).
			Consumer<CsvRow> sink = row -> {
				tallies.forEach(t -> t.add(row));
				figures.add(source, row);
				if (source == Source.FUNDING) {
					BigDecimal usd = new BigDecimal(row.get("amount"))
						.divide(reference.perUsd(row.get("currency"), year).orElseThrow(), PRECISION);
					fundingUsd.merge(row.get("pillar"), usd, BigDecimal::add);
					fundingUsdBySource.merge(row.get("source"), usd, BigDecimal::add);
				}
			};
			CsvIntakeResult result = csvReader.read(countryDir.resolve(source.fileName()),
					rules.file(source.fileName()), sink);
			findings.addAll(result.findings());
			if (!result.present()) {
				continue;
			}
			intake.add(result.count());
			figures.reported(source);
			sources.add(new SourceFile(source.fileName(), result.sha256(), result.count().read()));
			// A file refused whole (unreadable, not CSV, a required column missing) reports nothing.
			boolean usable = result.findings().stream()
				.noneMatch(f -> f.isError() && (f.location().isEmpty() || f.rule().startsWith("header.")));
			if (!usable) {
				// What the file's records fed before it was refused is dropped: no chart of a refused file.
				figures.discard(source);
				if (source == Source.FUNDING) {
					fundingUsd.clear();
				}
				continue;
			}
			// Counted from what was accepted: a warning or a rejected record of the file is flagged on its figures.
			boolean flagged = !result.findings().isEmpty();
			for (RecordTally tally : tallies) {
				Indicator indicator = tally.indicator();
				if (indicator.measure() == Measure.PERCENT) {
					evidence.put(indicator.code(), Evidence.ratio(tally.numerator(), tally.denominator(), flagged));
				}
				else if (people != null) {
					evidence.put(indicator.code(), Evidence.ratio(tally.numerator(), people, flagged));
				}
			}
			if (source == Source.FUNDING && people != null) {
				fundingEvidence(fundingUsd, people, flagged, evidence);
			}
		}
		// A workbook blocked (by its Cover, say) gives no value: none of its rows is accepted.
		long accepted = workbook.blockedReason() != null ? 0 : workbook.entries().size();
		intake.add(0, new IntakeCount(iso3, IndicatorWorkbook.FILE, workbookReader.rowsRead(), accepted,
				workbookReader.rowsRead() - accepted));
		KeyFigures keyFigures = figures.result(fundingUsd, fundingUsdBySource);
		return new CountrySubmission(iso3, year, orderByMethodology(evidence), keyFigures, findings, intake, sources,
				workbook.narrative(), workbookLocations(workbook), workbook.blockedReason(), workbook.copy());
	}

	/** Where each workbook-sourced indicator's value was read: the cell a finding about it points at. */
	private Map<String, String> workbookLocations(WorkbookSubmission workbook) {
		Map<String, String> locations = new LinkedHashMap<>();
		for (Indicator indicator : methodology.indicators()) {
			List<String> inputs = indicator.workbookInputs();
			// For a ratio, the numerator's cell (PA.3b) is the one a reviewer checks first.
			String input = inputs.isEmpty() ? null : inputs.get(inputs.size() - 1);
			WorkbookEntry entry = input == null ? null : workbook.entries().get(input);
			if (entry != null) {
				locations.put(indicator.code(), entry.location());
			}
		}
		return locations;
	}

	private void workbookEvidence(WorkbookSubmission workbook, List<Finding> findings, BigDecimal people,
			Map<String, Evidence> evidence) {
		for (Indicator indicator : methodology.indicators()) {
			if (indicator.source() != Source.WORKBOOK) {
				continue;
			}
			List<WorkbookEntry> inputs = indicator.workbookInputs().stream().map(workbook.entries()::get).toList();
			if (inputs.contains(null)) {
				continue;
			}
			boolean warning = inputs.stream()
				.anyMatch(entry -> findings.stream()
					.anyMatch(f -> f.severity() == Severity.WARNING && f.location().equals(entry.location())));
			WorkbookEntry first = inputs.get(0);
			switch (indicator.measure()) {
				case ANSWER -> evidence.put(indicator.code(), Evidence.answer(first.answer(), warning));
				case NUMBER -> evidence.put(indicator.code(), Evidence.ratio(first.number(), null, warning));
				case PER_100K -> {
					if (people != null) {
						evidence.put(indicator.code(), Evidence.ratio(first.number(), people, warning));
					}
				}
				// workbookInputs() lists the denominator first.
				case PERCENT -> evidence.put(indicator.code(),
						Evidence.ratio(inputs.get(1).number(), first.number(), warning));
				case USD_PER_CAPITA -> throw new IllegalStateException(indicator.code() + ": funding comes from funding.csv");
			}
		}
	}

	/** Cross-cutting funding is split equally across the pillars of the methodology. */
	private void fundingEvidence(Map<String, BigDecimal> fundingUsd, BigDecimal people, boolean warning,
			Map<String, Evidence> evidence) {
		BigDecimal crossCutting = fundingUsd.getOrDefault("cross_cutting", BigDecimal.ZERO)
			.divide(BigDecimal.valueOf(methodology.pillars().size()), PRECISION);
		for (Indicator indicator : methodology.indicators()) {
			if (indicator.measure() == Measure.USD_PER_CAPITA) {
				BigDecimal usd = fundingUsd.getOrDefault(indicator.pillar(), BigDecimal.ZERO).add(crossCutting);
				evidence.put(indicator.code(), Evidence.ratio(usd, people, warning));
			}
		}
	}

	private Map<String, Evidence> orderByMethodology(Map<String, Evidence> evidence) {
		Map<String, Evidence> ordered = new LinkedHashMap<>();
		methodology.indicators().forEach(i -> {
			if (evidence.containsKey(i.code())) {
				ordered.put(i.code(), evidence.get(i.code()));
			}
		});
		return ordered;
	}
}
