package org.scorecards.synthetic;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code funding.csv}: 5 to 25 budget lines in the country's currency. Each pillar's total is drawn in USD per
 * capita around the methodology's best bound (0.25 prevention, 0.5 protection, 0.1 partnership) times the
 * country's capacity, so the funding scores spread over the whole 0-100 range.
 */
final class FundingWriter {

	static final String FILE = "funding.csv";

	private static final List<String> PILLARS = List.of("prevention", "protection", "prosecution", "partnership",
			"cross_cutting");

	/** USD per capita a fully capable state spends; 1.4 times the best bound, so the best states clip at 100. */
	private static final Map<String, Double> TOP_PER_CAPITA = Map.of("prevention", 0.35, "protection", 0.7,
			"prosecution", 0.5, "partnership", 0.14, "cross_cutting", 0.06);

	private static final Weighted PILLAR = Weighted.parse("""
			prevention:25 protection:35 prosecution:20 partnership:10 cross_cutting:10""");

	private static final Weighted SOURCE = Weighted.parse("state:70 donor:25 other:5");

	// Some descriptions hold commas and quotes on purpose, so the CSV quoting is exercised.
	private static final Map<String, List<String>> DESCRIPTIONS = Map.of(
			"prevention", List.of("National awareness campaign", "School outreach, grades 7 to 12",
					"Labour inspectorate screening programme", "Supply-chain audits of public contracts",
					"Hotline \"Safe Call\" operation"),
			"protection", List.of("Shelter places, legal aid and interpretation", "Victim assistance fund",
					"Specialised shelter for children", "Reflection period allowances",
					"Mobile identification teams, northern districts"),
			"prosecution", List.of("Specialised police unit", "Prosecutor training, case management",
					"Financial investigations into trafficking proceeds", "Witness protection"),
			"partnership", List.of("Grants to civil-society organisations", "Regional cooperation, joint teams",
					"National rapporteur office"),
			"cross_cutting", List.of("National coordinator's secretariat", "Data collection, statistics and research",
					"Monitoring and evaluation"));

	private record Line(String pillar, double weight) {
	}

	private final CountryYear countryYear;

	FundingWriter(CountryYear countryYear) {
		this.countryYear = countryYear;
	}

	Written write(Path file) throws IOException {
		Random random = countryYear.random("funding");
		int count = Draw.between(random, 5, 25);
		List<Line> lines = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			// The first lines cover every pillar, so no funding indicator is empty by chance alone.
			String pillar = (i < PILLARS.size()) ? PILLARS.get(i) : PILLAR.pick(random);
			lines.add(new Line(pillar, Draw.between(random, 0.2, 1.0)));
		}
		try (CsvTable csv = CsvTable.create(file, "line_ref", "pillar", "source", "amount", "currency",
				"description")) {
			for (String pillar : PILLARS) {
				double usd = countryYear.population() * TOP_PER_CAPITA.get(pillar)
						* Draw.noisy(random, countryYear.capacity(), 0.15);
				double weights = lines.stream().filter(l -> l.pillar().equals(pillar)).mapToDouble(Line::weight).sum();
				for (Line line : lines) {
					if (line.pillar().equals(pillar)) {
						BigDecimal amount = BigDecimal.valueOf(usd * line.weight() / weights)
							.multiply(countryYear.perUsd())
							.setScale(2, RoundingMode.HALF_UP);
						csv.row("FL-" + countryYear.iso3() + "-" + countryYear.year() + "-" + Draw.pad(csv.rows() + 1, 2),
								pillar, SOURCE.pick(random), amount.toPlainString(), countryYear.country().currency(),
								Draw.any(random, DESCRIPTIONS.get(pillar)));
					}
				}
			}
			return new Written(csv.rows(), 0);
		}
	}
}
