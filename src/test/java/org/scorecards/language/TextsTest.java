package org.scorecards.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;

class TextsTest {

	private static final BigDecimal SCORE = new BigDecimal("47.05");

	@Test
	void numbersAreWrittenAsEachLanguageWritesThem() {
		assertThat(texts(Language.EN).decimal(new BigDecimal("12345.05"), 1)).isEqualTo("12,345.1");
		// French groups with a narrow no-break space (U+202F) and writes a decimal comma.
		assertThat(texts(Language.FR).decimal(new BigDecimal("12345.05"), 1)).isEqualTo("12\u202F345,1");
		assertThat(texts(Language.RU).decimal(new BigDecimal("12345.05"), 1)).isEqualTo("12\u00A0345,1");
		assertThat(texts(Language.ES).decimal(SCORE, 1)).isEqualTo("47,1");
		assertThat(texts(Language.ZH).decimal(SCORE, 1)).isEqualTo("47.1");
	}

	@Test
	void arabicKeepsLatinDigitsUnlessAskedForItsOwn() {
		assertThat(texts(Language.AR).decimal(SCORE, 1)).isEqualTo("47.1");
		assertThat(Texts.of("methodology", Language.AR, true).decimal(SCORE, 1)).isEqualTo("٤٧٫١");
	}

	@Test
	void percentagesTakeTheLanguagesSignAndSpacing() {
		assertThat(texts(Language.EN).percent(SCORE, 1)).isEqualTo("47.1%");
		assertThat(texts(Language.FR).percent(SCORE, 1)).isEqualTo("47,1\u00A0%");
	}

	@Test
	void datesAreLongDatesOfTheLanguage() {
		LocalDate date = LocalDate.of(2026, 12, 2);
		assertThat(texts(Language.EN).date(date)).isEqualTo("2 December 2026");
		assertThat(texts(Language.FR).date(date)).isEqualTo("2 décembre 2026");
		assertThat(texts(Language.ZH).date(date)).isEqualTo("2026年12月2日");
		assertThat(texts(Language.AR).date(date)).contains("2026").doesNotContain("٢");
	}

	@Test
	void placeholdersAreReplacedWithoutMessageFormatQuoting() {
		assertThat(texts(Language.FR).text("cap.PT.4")).isEqualTo("Aucun mécanisme national d'orientation n'est opérationnel");
	}

	@Test
	void aMissingKeyIsAnErrorNotAnEnglishFallback() {
		assertThatThrownBy(() -> texts(Language.FR).text("no.such.key")).isInstanceOf(MissingResourceException.class)
			.hasMessageContaining("no.such.key")
			.hasMessageContaining("fr");
	}

	@Test
	void tagsAreReadLeniently() {
		assertThat(Language.of("fr-CA")).isEqualTo(Language.FR);
		assertThat(Language.of(" ZH ")).isEqualTo(Language.ZH);
		assertThatThrownBy(() -> Language.of("de")).hasMessage("language 'de' is not one of en, fr, es, ar, ru, zh");
	}

	private static Texts texts(Language language) {
		return Texts.of("methodology", language);
	}
}
