package org.scorecards.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** One to three fictional sentences per pillar for the workbook's optional Narrative sheet. */
final class Narratives {

	private static final Map<String, List<String>> SENTENCES = new LinkedHashMap<>();

	static {
		SENTENCES.put("Prevention", List.of(
				"A national awareness campaign ran on radio and social media in %2$d.",
				"Labour inspectors in %1$s received a screening checklist for trafficking indicators.",
				"Public buyers must now check suppliers' due-diligence statements.",
				"School outreach reached pupils in every district, with materials in three languages."));
		SENTENCES.put("Protection", List.of(
				"The national referral mechanism connects police, labour inspectors and NGOs.",
				"Shelter capacity remained short of demand in the capital region.",
				"Foreign victims are granted a reflection period of 90 days.",
				"A new guideline ensures victims are not punished for offences they were compelled to commit."));
		SENTENCES.put("Prosecution", List.of(
				"A specialised unit of prosecutors handled most trafficking cases in %2$d.",
				"Courts in %1$s imposed custodial sentences in most convictions.",
				"Several cases were reclassified as labour-law offences, which the coordinator is reviewing.",
				"Financial investigations now accompany every major case."));
		SENTENCES.put("Partnership", List.of(
				"The coordinating body met four times, with civil society present at each meeting.",
				"Joint investigation teams were formed with two neighbouring states.",
				"A memorandum with NGOs sets out how victims are referred and funded.",
				"The national rapporteur published an independent assessment in %2$d."));
	}

	private Narratives() {
	}

	/** Pillar name to text, in pillar order. */
	static Map<String, String> of(CountryYear countryYear) {
		Random random = countryYear.random("narrative");
		Map<String, String> texts = new LinkedHashMap<>();
		SENTENCES.forEach((pillar, sentences) -> {
			List<String> pool = new ArrayList<>(sentences);
			List<String> chosen = new ArrayList<>();
			for (int n = Draw.between(random, 1, 3); n > 0; n--) {
				chosen.add(pool.remove(random.nextInt(pool.size()))
					.formatted(countryYear.country().name(), countryYear.year()));
			}
			texts.put(pillar, String.join(" ", chosen));
		});
		return texts;
	}
}
