package org.scorecards.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * {@code victims.csv}: one row per identified victim, refs in date order. About 1 row in 200 carries one
 * deliberate error (a misspelt sex code, an unknown form of exploitation, or a date outside the year), drawn
 * from a stream of its own so the clean rows are the same with or without errors.
 */
final class VictimsWriter {

	static final String FILE = "victims.csv";

	static final int FAULT_ONE_IN = 200;

	private static final Weighted SEX = Weighted.parse("female:60 male:34 other:1 unknown:5");

	private static final Weighted AGE_GROUP = Weighted.parse("adult:70 child:25 unknown:5");

	private static final Weighted EXPLOITATION = Weighted.parse("""
			sexual:38 labour:30 criminal_activity:8 begging:5 forced_marriage:4 organ_removal:0.5 mixed:6
			other:3 unknown:5.5""");

	private static final Weighted IDENTIFIED_BY = Weighted.parse("""
			police:35 labour_inspection:15 border:12 ngo:18 social_services:10 self_referral:5 other:5""");

	private final CountryYear countryYear;

	private final List<String> otherCountries;

	VictimsWriter(CountryYear countryYear, List<String> otherCountries) {
		this.countryYear = countryYear;
		this.otherCountries = otherCountries;
	}

	Written write(Path file, long count) throws IOException {
		Random random = countryYear.random("victims");
		Random faults = countryYear.random("victims-faults");
		String own = countryYear.iso3();
		int year = countryYear.year();
		YearDates dates = new YearDates(year);
		double referred = 0.3 + 0.65 * countryYear.capacity();
		double granted = 0.2 + 0.7 * countryYear.capacity();
		double foreign = otherCountries.isEmpty() ? 0 : 0.2;
		String prefix = "V-" + own + "-" + year + "-";
		long faulty = 0;
		try (CsvTable csv = CsvTable.create(file, "victim_ref", "identified_on", "sex", "age_group", "citizenship",
				"exploitation", "identified_by", "referred_to_assistance", "residence_permit")) {
			for (long i = 0; i < count; i++) {
				String identifiedOn = dates.spread(i, count, random);
				String sex = SEX.pick(random);
				String ageGroup = AGE_GROUP.pick(random);
				double origin = random.nextDouble();
				String citizenship = (origin < 0.05) ? "unknown"
						: (origin < 0.05 + foreign) ? Draw.any(random, otherCountries) : own;
				String exploitation = EXPLOITATION.pick(random);
				String identifiedBy = IDENTIFIED_BY.pick(random);
				String referral = Draw.chance(random, 0.08) ? "unknown"
						: Draw.chance(random, referred) ? "yes" : "no";
				String permit = citizenship.equals(own) ? "not_applicable"
						: (citizenship.equals("unknown") || Draw.chance(random, 0.1)) ? "unknown"
						: Draw.chance(random, granted) ? "granted" : "refused";
				if (faults.nextInt(FAULT_ONE_IN) == 0) {
					faulty++;
					switch (faults.nextInt(3)) {
						case 0 -> sex = "femal";
						case 1 -> exploitation = "trafficking";
						default -> identifiedOn = faults.nextBoolean() ? (year - 1) + "-12-31" : (year + 1) + "-01-02";
					}
				}
				csv.row(prefix + Draw.pad(i + 1, 6), identifiedOn, sex, ageGroup, citizenship, exploitation,
						identifiedBy, referral, permit);
			}
			return new Written(csv.rows(), faulty);
		}
	}
}
