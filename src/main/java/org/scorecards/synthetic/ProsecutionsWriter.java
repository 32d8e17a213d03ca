package org.scorecards.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * {@code prosecutions.csv}: one row per defendant, cases of one to three defendants sharing a form of
 * exploitation. Capable states convict more often. About 1 convicted row in 100 lacks its sentence, a
 * deliberate error drawn from a stream of its own.
 */
final class ProsecutionsWriter {

	static final String FILE = "prosecutions.csv";

	static final int FAULT_ONE_IN = 100;

	private static final Weighted DEFENDANTS = Weighted.parse("1:60 2:28 3:12");

	private static final Weighted STAGE = Weighted.parse("investigated:30 prosecuted:25 dismissed:10 decided:35");

	private static final Weighted EXPLOITATION = Weighted.parse("""
			sexual:45 labour:30 criminal_activity:8 begging:4 forced_marriage:3 organ_removal:0.5 mixed:6
			other:2 unknown:1.5""");

	private static final Weighted TRANSNATIONAL = Weighted.parse("yes:40 no:52 unknown:8");

	private final CountryYear countryYear;

	ProsecutionsWriter(CountryYear countryYear) {
		this.countryYear = countryYear;
	}

	Written write(Path file, long count) throws IOException {
		Random random = countryYear.random("prosecutions");
		Random faults = countryYear.random("prosecutions-faults");
		YearDates dates = new YearDates(countryYear.year());
		double convictionRate = 0.3 + 0.6 * countryYear.capacity();
		String suffix = "-" + countryYear.iso3() + "-" + countryYear.year() + "-";
		long faulty = 0;
		try (CsvTable csv = CsvTable.create(file, "case_ref", "defendant_ref", "stage", "stage_date", "exploitation",
				"transnational", "sentence_months", "sentence_suspended")) {
			for (long caseNo = 1; csv.rows() < count; caseNo++) {
				String caseRef = "C" + suffix + Draw.pad(caseNo, 4);
				long defendants = Math.min(Integer.parseInt(DEFENDANTS.pick(random)), count - csv.rows());
				String exploitation = EXPLOITATION.pick(random);
				String transnational = TRANSNATIONAL.pick(random);
				for (int d = 0; d < defendants; d++) {
					String stage = STAGE.pick(random);
					if (stage.equals("decided")) {
						stage = Draw.chance(random, convictionRate) ? "convicted" : "acquitted";
					}
					Integer months = null;
					String suspended = null;
					if (stage.equals("convicted")) {
						months = (int) Math.max(1, Math.min(300, Math.round(Math.exp(Math.log(36)
								+ 0.7 * random.nextGaussian()))));
						suspended = (months <= 24 && Draw.chance(random, 0.5)) ? "yes" : "no";
						if (faults.nextInt(FAULT_ONE_IN) == 0) {
							faulty++;
							months = null;
						}
					}
					csv.row(caseRef, "D" + suffix + Draw.pad(csv.rows() + 1, 6), stage,
							dates.spread(csv.rows(), count, random), exploitation, transnational, months, suspended);
				}
			}
			return new Written(csv.rows(), faulty);
		}
	}
}
