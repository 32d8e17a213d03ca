package org.scorecards.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.scorecards.language.Language;
import org.scorecards.language.Texts;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Terms;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.scoring.OfficialFigure;
import org.scorecards.scoring.Trend;

/**
 * The words and number formats of the PDF documents in one language: labels from {@code i18n/report_<tag>.properties},
 * the methodology's names through {@link Terms}, numbers, percentages and dates in the language's locale ("72.4",
 * "72,4"; Arabic with Latin digits). {@link Display} keeps what is the same in every language (the official
 * figure of the tables, suppression marks).
 */
final class Formats {

	static final String BUNDLE = "report";

	private static final Map<Language, Formats> ALL = new ConcurrentHashMap<>();

	private final Texts texts;

	private final Terms terms;

	private Formats(Texts texts, Terms terms) {
		this.texts = texts;
		this.terms = terms;
	}

	static Formats of(Language language) {
		return ALL.computeIfAbsent(language == null ? Language.EN : language,
				l -> new Formats(Texts.of(BUNDLE, l), Terms.of(l)));
	}

	Language language() {
		return texts.language();
	}

	/** The locale numbers and dates are written in (Arabic: with Latin digits). */
	Locale locale() {
		return texts.locale();
	}

	Terms terms() {
		return terms;
	}

	/** The label {@code key} with its {@code {0}}, {@code {1}}... filled in. */
	String text(String key, Object... arguments) {
		return texts.text(key, arguments);
	}

	/** Items of a list as the language separates them: "a, b, c", "a、b、c". */
	String list(List<String> items) {
		return String.join(texts.text("list.separator"), items);
	}

	/** Groups that themselves hold commas: "a; b", "a ; b", "a；b". */
	String groups(List<String> items) {
		return String.join(texts.text("list.groups"), items);
	}

	/** A score or average as the documents print it: its official figure to one decimal; an en dash when absent. */
	String score(BigDecimal value) {
		return value == null ? Display.ABSENT : texts.decimal(OfficialFigure.oneDecimal(value), 1);
	}

	/** Rounded half up, grouped in thousands, with exactly {@code scale} decimals. */
	String decimal(BigDecimal value, int scale) {
		return texts.decimal(value, scale);
	}

	String whole(long value) {
		return texts.whole(value);
	}

	/** A share 0-1 as a whole percentage ("60%", "60 %"); an en dash when absent. */
	String percent(BigDecimal share) {
		return share == null ? Display.ABSENT : texts.percent(share.movePointRight(2), 0);
	}

	/** A number of the methodology file (a bound, a weight) as written there, in the language's digits. */
	String plain(BigDecimal value) {
		if (value == null) {
			return Display.ABSENT;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return texts.decimal(stripped, Math.max(0, stripped.scale()));
	}

	/** An indicator's value as a reader expects it: an answer word, or a number with its unit. */
	String value(Indicator indicator, IndicatorResult result) {
		if (result == null) {
			return Display.ABSENT;
		}
		if (result.answer() != null) {
			return answer(result.answer());
		}
		BigDecimal value = result.value();
		if (value == null || indicator != null && Suppression.withholdsValue(indicator, result)) {
			return Display.ABSENT;
		}
		if (indicator == null) {
			return decimal(value, 2);
		}
		return switch (indicator.measure()) {
			case PERCENT -> texts.percent(value, 1);
			case PER_100K -> text("value.per_100k", decimal(value, value.abs().compareTo(BigDecimal.TEN) < 0 ? 2 : 1));
			case USD_PER_CAPITA -> text("value.usd", decimal(value, value.abs().compareTo(BigDecimal.ONE) < 0 ? 3 : 2));
			case NUMBER -> withUnit(decimal(value, value.stripTrailingZeros().scale() <= 0 ? 0 : 1), indicator);
			case ANSWER -> decimal(value, 0);
		};
	}

	/** A worst or best bound as the values are written: "10 per 100k", "USD 0.25", "100%", "5 campaigns". */
	String bound(Indicator indicator, BigDecimal bound) {
		return switch (indicator.measure()) {
			case PERCENT -> texts.percent(bound, Math.max(0, bound.stripTrailingZeros().scale()));
			case PER_100K -> text("value.per_100k", plain(bound));
			case USD_PER_CAPITA -> text("value.usd", plain(bound));
			case NUMBER, ANSWER -> withUnit(plain(bound), indicator);
		};
	}

	/** Yes, Partial or No in the language. */
	String answer(String answer) {
		return terms.answer(answer);
	}

	/** {@code ↑ up +4.1}, {@code ↓ down −3.2}, {@code → steady +0.4}; absent trends say so. */
	String trend(Trend trend) {
		if (trend == null || trend.direction() == null) {
			return Display.ABSENT;
		}
		String arrow = switch (trend.direction()) {
			case "up" -> "\u2191 ";
			case "down" -> "\u2193 ";
			default -> "\u2192 ";
		};
		String direction = texts.has("trend." + trend.direction()) ? text("trend." + trend.direction())
				: trend.direction();
		return arrow + direction + (trend.change() == null ? "" : " " + signed(trend.change()));
	}

	/** One decimal with an explicit sign; the minus is a true minus sign, as typeset tables use. */
	String signed(BigDecimal change) {
		String digits = score(change.abs());
		int sign = change.setScale(1, RoundingMode.HALF_UP).signum();
		return (sign < 0 ? "\u2212" : "+") + digits;
	}

	/** The long date: "14 March 2025", "14 mars 2025", "2025年3月14日". */
	String date(LocalDate date) {
		return date == null ? Display.ABSENT : texts.date(date);
	}

	/**
	 * A code of the input files as a chart names it: {@code criminal_activity} becomes "Criminal activity" in
	 * English; a code the bundle does not know (none passes validation) is printed as it is.
	 */
	String category(String code) {
		if (code == null || code.isEmpty()) {
			return Display.ABSENT;
		}
		String key = "category." + code;
		return texts.has(key) ? text(key) : code;
	}

	/** "Female 118" read aloud: "fewer than 5" for "&lt;5", "withheld" for {@code c}. */
	String spoken(String label) {
		if (label == null || label.isBlank() || label.equals(Display.ABSENT)) {
			return text("alt.not_available");
		}
		if (label.startsWith("<")) {
			return text("alt.fewer_than", label.substring(1));
		}
		if (label.equals(Suppression.SECONDARY)) {
			return text("alt.withheld");
		}
		return label;
	}

	private String withUnit(String number, Indicator indicator) {
		String unit = terms.unit(indicator.unit());
		return unit.isBlank() ? number : number + " " + unit;
	}
}
