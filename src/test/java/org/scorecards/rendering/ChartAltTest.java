package org.scorecards.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.scorecards.language.Language;

class ChartAltTest {

	private static final Formats ENGLISH = Formats.of(Language.EN);

	@Test
	void readsOneBarPerCategoryAsAListAndSmallOrWithheldCountsInWords() {
		List<ChartBar> bars = List.of(new ChartBar("count", "Female", 177, "177"),
				new ChartBar("count", "Male", 0, Suppression.SECONDARY), new ChartBar("count", "Other", 0, "<5"));

		assertThat(ChartAlt.describe(ENGLISH, "Victims identified, by sex", bars))
			.isEqualTo("Victims identified, by sex: Female 177, Male withheld, Other fewer than 5.");
	}

	@Test
	void groupsSeveralSeriesByCategoryAndSaysWhatIsMissing() {
		List<ChartBar> bars = List.of(new ChartBar("Country score", "Prevention", 69.2, "69.2"),
				new ChartBar("Country score", "Protection", null, Display.ABSENT),
				new ChartBar("Regional average", "Prevention", 58.2, "58.2"),
				new ChartBar("Regional average", "Protection", 63.4, "63.4"));

		assertThat(ChartAlt.describe(ENGLISH, "Pillar scores", bars)).isEqualTo("Pillar scores: Prevention: country score 69.2, "
				+ "regional average 58.2; Protection: country score not available, regional average 63.4.");
	}
}
