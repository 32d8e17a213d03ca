package org.scorecards.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scorecards.language.Language;
import org.scorecards.language.Texts;

/**
 * The rules' messages in the publication languages, {@code i18n/findings_<tag>.properties} keyed by rule id. The
 * English file holds the messages of the bundled {@code rules.yaml} as the translations were made from them
 * ({@code FindingWordsTest} keeps the two equal); {@code rules.yaml} stays the one place a rule is defined and
 * reworded. A translation applies only while the catalogue's English message equals its English entry, as
 * methodology terms do: a custom or reworded rule prints its own English, never a stale translation.
 * <p>
 * Keys {@code fact.*} word the facts that are words rather than codes or numbers ("at least {0}", "nothing");
 * a fact equal to a methodology workbook item's English label is given the language's label.
 */
final class FindingWords {

	static final String BUNDLE = "findings";

	private static final String FACT = "fact.";

	private final Texts english;

	private final Map<Language, Texts> languages = new EnumMap<>(Language.class);

	/** English fact wording as a pattern (its {0} a group) and its key. */
	private final List<Map.Entry<Pattern, String>> factPatterns = new ArrayList<>();

	private final Texts englishTerms;

	private final Map<Language, Texts> terms = new EnumMap<>(Language.class);

	private FindingWords() {
		this.english = Texts.of(BUNDLE, Language.EN);
		this.englishTerms = Texts.of("methodology", Language.EN);
		for (Language language : Language.values()) {
			languages.put(language, Texts.of(BUNDLE, language));
			terms.put(language, Texts.of("methodology", language));
		}
		for (String key : english.keys()) {
			if (key.startsWith(FACT)) {
				String[] parts = english.text(key).split("\\{0}", -1);
				StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
				for (int i = 1; i < parts.length; i++) {
					regex.append("(.+)").append(Pattern.quote(parts[i]));
				}
				factPatterns.add(Map.entry(Pattern.compile(regex.toString()), key));
			}
		}
	}

	static FindingWords bundled() {
		return new FindingWords();
	}

	/** The rule's message in {@code language}, or {@code null} when English or when no translation applies. */
	String template(String rule, String englishMessage, Language language) {
		if (language == Language.EN || rule.startsWith(FACT) || !english.has(rule)
				|| !english.text(rule).equals(englishMessage)) {
			return null;
		}
		return languages.get(language).text(rule);
	}

	/** A fact as the language words it: phrases of the bundle and workbook item labels; anything else as given. */
	String fact(String fact, Language language) {
		if (language == Language.EN) {
			return fact;
		}
		for (Map.Entry<Pattern, String> pattern : factPatterns) {
			Matcher matcher = pattern.getKey().matcher(fact);
			if (matcher.matches()) {
				String argument = matcher.groupCount() > 0 ? matcher.group(1) : "";
				return languages.get(language).text(pattern.getValue(), argument);
			}
		}
		for (String key : englishTerms.keys()) {
			if (key.startsWith("item.") && englishTerms.text(key).equals(fact) && terms.get(language).has(key)) {
				return terms.get(language).text(key);
			}
		}
		return fact;
	}
}
