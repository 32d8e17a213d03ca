package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scorecards.language.Language;

class KeyFigureChartsTest {

	private static final Formats ENGLISH = Formats.of(Language.EN);

	@Test
	void drawsASuppressedCountAtZeroLabelledLessThanThreshold() {
		Map<String, Long> bySex = new LinkedHashMap<>();
		bySex.put("female", 12L);
		bySex.put("other", 3L);
		bySex.put("unknown", 0L);

		KeyFigure figure = KeyFigureCharts.counts(ENGLISH, "Victims", bySex, 5);

		assertThat(figure.bars()).extracting(ChartBar::category, ChartBar::value, ChartBar::label)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Female", 12L, "12"),
					org.assertj.core.groups.Tuple.tuple("Other", 0L, "<5"),
					org.assertj.core.groups.Tuple.tuple("Unknown", 0L, "0"));
		assertThat(figure.listing()).isEqualTo("Female\u00a012 \u00b7 Other\u00a0<5 \u00b7 Unknown\u00a00");
	}

	@Test
	void followsTheConfiguredThreshold() {
		KeyFigure figure = KeyFigureCharts.counts(ENGLISH, "Victims", Map.of("male", 9L), 10);

		assertThat(figure.bars()).singleElement().satisfies(bar -> {
			assertThat(bar.value()).isEqualTo(0L);
			assertThat(bar.label()).isEqualTo("<10");
		});
	}

	@Test
	void anUnreportedBreakdownHasNoBars() {
		assertThat(KeyFigureCharts.counts(ENGLISH, "Victims", Map.of(), 5).reported()).isFalse();
	}
}
