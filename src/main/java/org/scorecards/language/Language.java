package org.scorecards.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The six languages the documents and the portal are published in, the official languages of the United
 * Nations. English is the working language: a country without one in {@code countries.csv} is published in it.
 */
public enum Language {

	EN("en", "English"), FR("fr", "Français"), ES("es", "Español"), AR("ar", "العربية"), RU("ru", "Русский"),
	ZH("zh", "中文");

	private final String tag;

	private final String nativeName;

	Language(String tag, String nativeName) {
		this.tag = tag;
		this.nativeName = nativeName;
	}

	/** The BCP 47 tag: {@code lang} attributes, PDF {@code /Lang}, file names. */
	public String tag() {
		return tag;
	}

	/** The language's name in itself, as a language picker shows it. */
	public String nativeName() {
		return nativeName;
	}

	public boolean rightToLeft() {
		return this == AR;
	}

	/** The locale of the resource bundles: the bare language. */
	public Locale locale() {
		return Locale.forLanguageTag(tag);
	}

	/**
	 * The locale numbers and dates are written in. Arabic keeps Latin digits (the usage of Arabic-language
	 * statistical publications, and what the methodology's figures are checked against) unless
	 * {@code nativeDigits}: plain {@code ar} would give Arabic-Indic digits.
	 */
	public Locale formattingLocale(boolean nativeDigits) {
		return switch (this) {
			// British usage: "2 December 2026", as the secretariat writes; numbers are the same as plain English.
			case EN -> Locale.UK;
			case AR -> nativeDigits ? locale() : Locale.forLanguageTag("ar-u-nu-latn");
			default -> locale();
		};
	}

	/** {@code fr}, {@code FR} or {@code fr-CA} give French; anything else is refused with the list of tags. */
	public static Language of(String tag) {
		if (tag != null) {
			String language = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
			for (Language candidate : values()) {
				if (candidate.tag.equals(language)) {
					return candidate;
				}
			}
		}
		throw new IllegalArgumentException("language '" + tag + "' is not one of " + tags());
	}

	/** {@code en, fr, es, ar, ru, zh}. */
	public static String tags() {
		return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "));
	}
}
