package org.scorecards.language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words and number formats of one language: labels from a resource bundle ({@code i18n/<bundle>_<tag>.properties},
 * UTF-8, one file per language), numbers and dates in the language's locale. A key missing from a bundle is an
 * error, never an English word slipped into a French document: {@code TranslationsTest} checks that every key
 * exists in every language.
 * <p>
 * Placeholders are {@code {0}}, {@code {1}}... replaced by the arguments' text as given: unlike
 * {@link java.text.MessageFormat}, an apostrophe needs no doubling ("l'indicateur") and a number is never
 * re-formatted behind the caller's back (callers format numbers with {@link #decimal}).
 */
public final class Texts {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final Language language;

	private final ResourceBundle bundle;

	private final Locale formatting;

	private Texts(Language language, ResourceBundle bundle, boolean nativeDigits) {
		this.language = language;
		this.bundle = bundle;
		this.formatting = language.formattingLocale(nativeDigits);
	}

	/** The bundle {@code i18n/<name>_<tag>.properties}, with Latin digits. */
	public static Texts of(String name, Language language) {
		return of(name, language, false);
	}

	public static Texts of(String name, Language language, boolean nativeDigits) {
		return new Texts(language, bundle(name, language), nativeDigits);
	}

	/** The bundle as JasperReports' {@code REPORT_RESOURCE_BUNDLE} or Spring's message source reads it. */
	public static ResourceBundle bundle(String name, Language language) {
		// ResourceBundle caches: each file is read once per class loader.
		return ResourceBundle.getBundle("i18n/" + name, language.locale(), Texts.class.getClassLoader(), NO_FALLBACK);
	}

	public Language language() {
		return language;
	}

	public Locale locale() {
		return formatting;
	}

	/** The bundle's keys, sorted. */
	public java.util.SortedSet<String> keys() {
		return new java.util.TreeSet<>(bundle.keySet());
	}

	public boolean has(String key) {
		return bundle.containsKey(key);
	}

	/** The text of {@code key} with {@code {0}}, {@code {1}}... replaced by the arguments. */
	public String text(String key, Object... arguments) {
		String text;
		try {
			text = bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			throw new MissingResourceException("No text '" + key + "' in " + bundle.getBaseBundleName() + " for "
					+ language.tag(), bundle.getBaseBundleName(), key);
		}
		if (arguments.length == 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 32);
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf('{', at);
			int close = open < 0 ? -1 : text.indexOf('}', open);
			if (close < 0) {
				out.append(text, at, text.length());
				break;
			}
			out.append(text, at, open);
			String index = text.substring(open + 1, close);
			if (index.matches("\\d") && Integer.parseInt(index) < arguments.length) {
				out.append(arguments[Integer.parseInt(index)]);
			}
			else {
				out.append(text, open, close + 1);
			}
			at = close + 1;
		}
		return out.toString();
	}

	/** Rounded half up, grouped in thousands as the language groups them, with exactly {@code scale} decimals. */
	public String decimal(BigDecimal value, int scale) {
		DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(formatting);
		format.setMinimumFractionDigits(scale);
		format.setMaximumFractionDigits(scale);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value.setScale(scale, RoundingMode.HALF_UP));
	}

	public String whole(long value) {
		return decimal(BigDecimal.valueOf(value), 0);
	}

	/** A value already in percent (47.1) with {@code scale} decimals and the language's percent sign and spacing. */
	public String percent(BigDecimal percent, int scale) {
		NumberFormat format = NumberFormat.getPercentInstance(formatting);
		format.setMinimumFractionDigits(scale);
		format.setMaximumFractionDigits(scale);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(percent.setScale(scale, RoundingMode.HALF_UP).movePointLeft(2));
	}

	/** The long date of the language: "2 December 2026", "2 décembre 2026", "2026年12月2日". */
	public String date(LocalDate date) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(formatting)
			.withDecimalStyle(DecimalStyle.of(formatting))
			.format(date);
	}

	/** The decimal separator, for callers that build number patterns of their own. */
	public char decimalSeparator() {
		return DecimalFormatSymbols.getInstance(formatting).getDecimalSeparator();
	}
}
