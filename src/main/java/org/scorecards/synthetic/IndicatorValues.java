package org.scorecards.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.scorecards.methodology.WorkbookItem;
import org.scorecards.synthetic.FictionalCountry.CriticalGap;

/**
 * The values a country reports in its workbook. Each item mixes the year's capacity with a leaning the
 * country keeps every year, so answers change now and then between years rather than at random.
 */
final class IndicatorValues {

	/** One row of the Indicators sheet; {@code value} is a {@code String} answer or a {@code Long} count. */
	record Row(WorkbookItem item, Object value, String evidence, String comment) {
	}

	private static final List<String> EVIDENCE = List.of("Ministry of Interior, annual report %d",
			"National coordinator's activity report %d", "Official Gazette, consolidated text as of 31 December %d",
			"Labour inspectorate statistics %d", "Prosecutor General's office, case register extract %d",
			"Ministry of Justice, international cooperation unit, %d", "Government decision, adopted %d",
			"Civil-society shadow report %d, confirmed by the ministry");

	private static final List<String> COMMENTS = List.of("Figure provisional, final data due in spring",
			"Includes regional offices", "Same as last year, no change reported", "See the attached annex",
			"Revised after consultation with NGOs");

	private final CountryYear countryYear;

	private final boolean mlaFault;

	/** {@code mlaFault}: report more MLA requests executed than received, a deliberate error. */
	IndicatorValues(CountryYear countryYear, boolean mlaFault) {
		this.countryYear = countryYear;
		this.mlaFault = mlaFault;
	}

	List<Row> rows(List<WorkbookItem> items) {
		Random random = countryYear.random("indicators");
		List<Row> rows = new ArrayList<>(items.size());
		long received = 0;
		for (WorkbookItem item : items) {
			Object value;
			if (item.isAnswer()) {
				value = answer(item.code(), random);
			}
			else if (item.code().equals("PA.3b")) {
				long executed = Math.round(received * Draw.noisy(random, countryYear.capacity() + 0.1, 0.15));
				value = mlaFault ? received + Draw.between(random, 1, 3) : executed;
			}
			else {
				long count = count(item.code(), random);
				received = item.code().equals("PA.3a") ? count : received;
				value = count;
			}
			String evidence = EVIDENCE.get(random.nextInt(EVIDENCE.size())).formatted(countryYear.year());
			String comment = Draw.chance(random, 0.12) ? Draw.any(random, COMMENTS) : null;
			rows.add(new Row(item, value, evidence, comment));
		}
		return rows;
	}

	private String answer(String code, Random random) {
		CriticalGap gap = countryYear.country().gap();
		if ((code.equals("PR.1") && gap == CriticalGap.NO_CRIMINALISATION)
				|| (code.equals("PT.4") && gap == CriticalGap.NO_REFERRAL_MECHANISM)) {
			return "No";
		}
		// Nearly every state has criminalised trafficking; an independent rapporteur is rarer.
		double ease = switch (code) {
			case "PR.1" -> 0.3;
			case "PT.4" -> 0.1;
			case "PA.2" -> -0.1;
			default -> 0;
		};
		double level = countryYear.capacity() + ease + 0.2 * leaning(code) + 0.05 * random.nextGaussian();
		return (level >= 0.65) ? "Yes" : (level >= 0.4) ? "Partial" : "No";
	}

	private long count(String code, Random random) {
		double level = Draw.clamp01(countryYear.capacity() + 0.15 * leaning(code) + 0.08 * random.nextGaussian());
		return switch (code) {
			case "PV.2" -> Math.round(8 * level);
			case "PV.3" -> Math.round(countryYear.hundredThousands() * 80 * level);
			case "PA.3a" -> Math.round(40 * Draw.clamp01(0.6 * countryYear.country().size() + 0.4 * level));
			case "PA.4" -> Math.round(8 * level * level);
			default -> Math.round(10 * level);
		};
	}

	/** The country's lasting tilt on one item, the same in every year. */
	private double leaning(String code) {
		return Seeds.random(countryYear.seed(), countryYear.iso3(), 0, "leaning " + code).nextGaussian();
	}
}
