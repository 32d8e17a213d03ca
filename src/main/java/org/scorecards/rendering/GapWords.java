package org.scorecards.rendering;

import java.math.BigDecimal;

import org.scorecards.language.Language;
import org.scorecards.language.Texts;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Terms;

/**
 * The words of the annex's "How to improve" sheet in one language ({@link Improvement}): gaps in the indicator's
 * own units, bounds and rating changes, numbers in the language's locale.
 */
final class GapWords {

	static final GapWords ENGLISH = new GapWords(Texts.of(WorkbookStyle.BUNDLE, Language.EN), Terms.of(Language.EN));

	private final Texts words;

	private final Terms terms;

	GapWords(Texts words, Terms terms) {
		this.words = words;
		this.terms = terms;
	}

	String text(String key, Object... arguments) {
		return words.text("improve." + key, arguments);
	}

	String decimal(BigDecimal value, int scale) {
		return words.decimal(value, scale);
	}

	String whole(long value) {
		return words.whole(value);
	}

	String answer(String answer) {
		return terms.answer(answer);
	}

	String label(Indicator indicator) {
		return terms.indicator(indicator);
	}

	String unit(String unit) {
		return terms.unit(unit);
	}

	/**
	 * What a count behind a rate counts ("victims identified"): in English cut from the indicator's label; in
	 * another language the bundle's noun while the label is the methodology's own, else the label as printed.
	 */
	String noun(Indicator indicator, String englishRateWords) {
		if (words.language() == Language.EN || terms.indicator(indicator).equals(indicator.label())
				|| !words.has("noun." + indicator.code())) {
			String label = terms.indicator(indicator);
			int at = label.indexOf(englishRateWords);
			String noun = (at > 0 ? label.substring(0, at) : label).replaceAll("[,\\s]+$", "");
			return words.language() == Language.EN ? Character.toLowerCase(noun.charAt(0)) + noun.substring(1) : noun;
		}
		return words.text("noun." + indicator.code());
	}

	/** A worst or best bound as the values are written: "10 per 100k", "USD 0.25", "100 %", "5 campaigns". */
	String bound(Indicator indicator, BigDecimal bound) {
		String plain = plain(bound);
		return switch (indicator.measure()) {
			case PERCENT -> text("bound.percent", plain);
			case PER_100K -> text("bound.per_100k", plain);
			case USD_PER_CAPITA -> text("bound.usd", plain);
			case NUMBER, ANSWER -> plain + (indicator.unit() == null ? "" : " " + unit(indicator.unit()));
		};
	}

	/** The exact value, without trailing zeros, with the language's decimal separator. */
	String plain(BigDecimal value) {
		if (value == null) {
			return Display.ABSENT;
		}
		return value.stripTrailingZeros().toPlainString().replace('.', words.decimalSeparator());
	}
}
