package org.scorecards.methodology;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

import org.scorecards.language.Language;
import org.scorecards.language.Texts;

/**
 * The methodology's names in a publication language: pillars, indicators, workbook items, bands, caps, treaties,
 * units and answers, from {@code i18n/methodology_<tag>.properties}. A translation applies only while the English
 * entry it translates still equals the methodology file's label: a methodology file that renames or redefines
 * an indicator gets its own (English) label printed, never a stale translation of another text.
 */
public final class Terms {

	private static final String BUNDLE = "methodology";

	private final Texts words;

	private final Texts english;

	private final SortedSet<String> englishKeys;

	private static final Map<Language, Terms> ALL = new EnumMap<>(Language.class);

	static {
		for (Language language : Language.values()) {
			ALL.put(language, new Terms(Texts.of(BUNDLE, language), Texts.of(BUNDLE, Language.EN)));
		}
	}

	private Terms(Texts words, Texts english) {
		this.words = words;
		this.english = english;
		this.englishKeys = english.keys();
	}

	public static Terms of(Language language) {
		return ALL.get(language);
	}

	public Language language() {
		return words.language();
	}

	public String pillar(Pillar pillar) {
		return translated("pillar." + pillar.pillar(), pillar.label());
	}

	public String indicator(Indicator indicator) {
		return translated("indicator." + indicator.code(), indicator.label());
	}

	/** Why the indicator's bounds are what they are (the annex's methodology sheet). */
	public String rationale(Indicator indicator) {
		return translated("rationale." + indicator.code(), indicator.rationale());
	}

	/** What the figure does not measure, or {@code null}. */
	public String caveat(Indicator indicator) {
		return translated("caveat." + indicator.code(), indicator.caveat());
	}

	public String item(WorkbookItem item) {
		return translated("item." + item.code(), item.label());
	}

	/** The band's label: "fully meets", "satisfait pleinement". */
	public String band(Band band) {
		return translated("band." + band.band(), band.label());
	}

	public String capReason(Cap cap) {
		return translated("cap." + cap.indicator(), cap.reason());
	}

	public String treaty(String name, String title) {
		return translated("treaty." + name.replace(' ', '_'), title);
	}

	/** A unit as the methodology writes it ("per 100k", "campaigns", "%"). */
	public String unit(String unit) {
		if (unit == null || unit.isBlank()) {
			return "";
		}
		String key = "%".equals(unit.strip()) ? "unit.percent"
				: "unit." + unit.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
		return translated(key, unit);
	}

	/** {@code yes}, {@code partial}, {@code no} as the language writes them; any other answer as given. */
	public String answer(String answer) {
		String key = "answer." + answer.strip().toLowerCase(Locale.ROOT);
		return words.has(key) ? words.text(key) : answer;
	}

	/**
	 * The translation of the entry whose English is {@code fileText}: {@code key}, or a variant {@code key~name}
	 * where methodology versions word the same item differently.
	 */
	private String translated(String key, String fileText) {
		if (fileText == null) {
			return null;
		}
		String text = fileText.strip();
		// Sorted, the key and its variants (key~name) come first from the key on; the first key not starting so ends them.
		for (String candidate : englishKeys.tailSet(key)) {
			if (!candidate.startsWith(key)) {
				break;
			}
			if ((candidate.equals(key) || candidate.startsWith(key + "~")) && english.text(candidate).equals(text)
					&& words.has(candidate)) {
				return words.text(candidate);
			}
		}
		return fileText;
	}
}
