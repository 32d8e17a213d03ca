package org.scorecards.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.scorecards.methodology.Indicator;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.scoring.Trend;

/**
 * Wording and number formats of the PDF documents. Scores go through {@link Display}; this class adds the
 * formats only the PDFs need (indicator values with units, trends, coverage, dates, category names).
 */
final class Formats {

	private static final Locale LOCALE = Locale.ENGLISH;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", LOCALE);

	private Formats() {
	}

	/** An indicator's value as a reader expects it: an answer word, or a number with its unit. */
	static String value(Indicator indicator, IndicatorResult result) {
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
			case PERCENT -> decimal(value, 1) + " %";
			case PER_100K -> decimal(value, value.abs().compareTo(BigDecimal.TEN) < 0 ? 2 : 1) + " per 100k";
			case USD_PER_CAPITA -> "USD " + decimal(value, value.abs().compareTo(BigDecimal.ONE) < 0 ? 3 : 2);
			case NUMBER -> decimal(value, value.stripTrailingZeros().scale() <= 0 ? 0 : 1) + unitSuffix(indicator);
			case ANSWER -> decimal(value, 0);
		};
	}

	/** A worst or best bound as the values are written: "10 per 100k", "USD 0.25", "100 %", "5 campaigns". */
	static String bound(Indicator indicator, BigDecimal bound) {
		String plain = bound.stripTrailingZeros().toPlainString();
		return switch (indicator.measure()) {
			case PERCENT -> plain + " %";
			case PER_100K -> plain + " per 100k";
			case USD_PER_CAPITA -> "USD " + plain;
			case NUMBER, ANSWER -> plain + unitSuffix(indicator);
		};
	}

	static String answer(String answer) {
		return switch (answer.toLowerCase(LOCALE)) {
			case "yes" -> "Yes";
			case "partial" -> "Partial";
			case "no" -> "No";
			default -> answer;
		};
	}

	/** Rounded half up, grouped in thousands, with exactly {@code scale} decimals. */
	static String decimal(BigDecimal value, int scale) {
		DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
				DecimalFormatSymbols.getInstance(LOCALE));
		return format.format(value.setScale(scale, RoundingMode.HALF_UP));
	}

	static String whole(long value) {
		return decimal(BigDecimal.valueOf(value), 0);
	}

	/** Coverage 0-1 as a whole percentage. */
	static String percent(BigDecimal share) {
		return share == null ? Display.ABSENT : decimal(share.movePointRight(2), 0) + " %";
	}

	/** {@code ↑ up +4.1}, {@code ↓ down −3.2}, {@code → steady +0.4}; absent trends say so. */
	static String trend(Trend trend) {
		if (trend == null || trend.direction() == null) {
			return Display.ABSENT;
		}
		String arrow = switch (trend.direction()) {
			case "up" -> "\u2191 ";
			case "down" -> "\u2193 ";
			default -> "\u2192 ";
		};
		return arrow + trend.direction() + (trend.change() == null ? "" : " " + signed(trend.change()));
	}

	/** One decimal with an explicit sign; the minus is a true minus sign, as typeset tables use. */
	static String signed(BigDecimal change) {
		String digits = Display.oneDecimal(change.abs());
		int sign = change.setScale(1, RoundingMode.HALF_UP).signum();
		return (sign < 0 ? "\u2212" : "+") + digits;
	}

	static String date(LocalDate date) {
		return date == null ? Display.ABSENT : DATE.format(date);
	}

	/** {@code criminal_activity} becomes {@code Criminal activity}. */
	static String category(String code) {
		if (code == null || code.isEmpty()) {
			return Display.ABSENT;
		}
		String words = code.replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String unitSuffix(Indicator indicator) {
		String unit = indicator.unit();
		return unit == null || unit.isBlank() ? "" : " " + unit;
	}
}
