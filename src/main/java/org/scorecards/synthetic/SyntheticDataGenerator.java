package org.scorecards.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.scorecards.intake.IndicatorWorkbook;
import org.scorecards.methodology.MethodologyLoader;
import org.scorecards.methodology.WorkbookItem;

/**
 * Writes a complete synthetic input tree (reference files, workbooks and CSV exports for every country and
 * year, and the SYNTHETIC.md note) for fictional countries. Every value derives from the options alone: the
 * same options write the same CSV files byte for byte and workbooks with the same cell values. Rows are
 * streamed to disk, so the size of a file is bounded by the disk, not by memory.
 */
public final class SyntheticDataGenerator {

	private final GeneratorOptions options;

	private final List<WorkbookItem> workbookItems;

	public SyntheticDataGenerator(GeneratorOptions options) {
		this.options = options;
		// The workbook rows come from the methodology, so generated workbooks always match the templates.
		this.workbookItems = MethodologyLoader.bundled().workbook();
	}

	public GenerationResult generate(Path inputDir) throws IOException {
		Files.createDirectories(inputDir);
		SyntheticNote note = new SyntheticNote(options, inputDir);
		note.writeProvisional();
		List<FictionalCountry> countries = FictionalCountries.create(options.countries(), options.seed(),
				options.profile());
		List<String> codes = countries.stream().map(FictionalCountry::iso3).toList();
		FaultPlan plan = FaultPlan.of(countries, options);
		new ReferenceWriter(countries, options.sortedYears(), options.seed(), options.profile()).write(inputDir);
		Tally tally = new Tally();
		for (int year : options.sortedYears()) {
			for (FictionalCountry country : countries) {
				CountryYear countryYear = CountryYear.of(country, year, options.seed());
				List<String> others = codes.stream().filter(code -> !code.equals(country.iso3())).toList();
				writeCountryYear(inputDir, countryYear, others, plan, tally);
			}
		}
		note.writeFinal(plan, tally.victims, tally.prosecutions, tally.records);
		long files = 1 + ReferenceWriter.FILES + tally.files;
		return new GenerationResult(countries.size(), options.years().size(), files, tally.records);
	}

	private void writeCountryYear(Path inputDir, CountryYear countryYear, List<String> others, FaultPlan plan,
			Tally tally) throws IOException {
		Path folder = Files.createDirectories(
				inputDir.resolve(String.valueOf(countryYear.year())).resolve(countryYear.iso3()));
		List<IndicatorValues.Row> rows = new IndicatorValues(countryYear, plan.inflatesMla(countryYear))
			.rows(workbookItems);
		// Most, not all, focal points write a narrative: the sheet is optional.
		Map<String, String> narrative = Draw.chance(countryYear.random("narrative-present"), 0.85)
				? Narratives.of(countryYear) : Map.of();
		new WorkbookWriter(countryYear, FocalPoints.of(countryYear.country(), options.seed()))
			.write(folder.resolve(IndicatorWorkbook.FILE), rows, narrative);
		tally.files++;
		Profile profile = options.profile();
		long victims = options.recordsPerCountry();
		long defendants = profile.defendants(victims);
		tally.victims(new VictimsWriter(countryYear, others).write(folder.resolve(VictimsWriter.FILE),
				profile.exact() ? victims : countryYear.records(victims)));
		tally.prosecutions(new ProsecutionsWriter(countryYear).write(folder.resolve(ProsecutionsWriter.FILE),
				profile.exact() ? defendants : countryYear.records(defendants)));
		Path funding = folder.resolve(FundingWriter.FILE);
		if (plan.omitsFunding(countryYear)) {
			// A file left from an earlier generation would otherwise hide the omission.
			Files.deleteIfExists(funding);
		}
		else {
			tally.add(new FundingWriter(countryYear).write(funding));
		}
		tally.add(new TrainingWriter(countryYear).write(folder.resolve(TrainingWriter.FILE)));
	}

	/** Running totals over all countries and years. */
	private static final class Tally {

		private long files;

		private long records;

		private Written victims = Written.NOTHING;

		private Written prosecutions = Written.NOTHING;

		void add(Written written) {
			files++;
			records += written.rows();
		}

		void victims(Written written) {
			add(written);
			victims = new Written(victims.rows() + written.rows(), victims.faults() + written.faults());
		}

		void prosecutions(Written written) {
			add(written);
			prosecutions = new Written(prosecutions.rows() + written.rows(),
					prosecutions.faults() + written.faults());
		}
	}
}
