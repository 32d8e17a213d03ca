package org.scorecards.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.scorecards.language.Language;
import org.scorecards.language.Texts;

/**
 * Numbers and dates as a page in one language writes them ({@code ${formats.date(cycle.deadline())}}): long dates
 * ("2 December 2026", "2 décembre 2026", "2026年12月2日"), grouped numbers ("1 234" in French), Latin digits in
 * Arabic as the documents have them. Times are UTC, as the audit trail records them. Years are not numbers here:
 * the templates print them as they are (2025, never "2 025").
 */
final class PageFormats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final String NONE = "–";

	private final Texts texts;

	PageFormats(Texts texts) {
		this.texts = texts;
	}

	/** A day; an instant is read on its UTC day. */
	public String date(Object day) {
		if (day == null) {
			return NONE;
		}
		return texts.date(day instanceof Instant instant ? LocalDate.ofInstant(instant, ZoneOffset.UTC) : (LocalDate) day);
	}

	/** The UTC day and time of an instant: "2 March 2026, 10:15:00 UTC". */
	public String dateTime(Instant at) {
		if (at == null) {
			return NONE;
		}
		return texts.text("format.date-time", texts.date(LocalDate.ofInstant(at, ZoneOffset.UTC)),
				TIME.format(at.atOffset(ZoneOffset.UTC)));
	}

	/** A count, grouped as the language groups thousands; a dash for none. */
	public String whole(Number value) {
		return value == null ? NONE : texts.whole(value.longValue());
	}

	/**
	 * A count with its noun, {@code key.one} for 1 and {@code key.other} otherwise ("1 error", "2 errors"); languages
	 * with more plural forms than two word both keys so that any count reads right ("ошибок: 2").
	 */
	public String count(String key, Number value) {
		long count = value == null ? 0 : value.longValue();
		// French counts none in the singular too ("0 erreur"), as CLDR's plural rules say.
		boolean one = count == 1 || count == 0 && texts.language() == Language.FR;
		return texts.text(key + (one ? ".one" : ".other"), texts.whole(count));
	}

	/** A rate or a score with {@code scale} decimals, the language's decimal sign. */
	public String decimal(BigDecimal value, int scale) {
		return value == null ? NONE : texts.decimal(value, scale);
	}
}
