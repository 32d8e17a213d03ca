package org.scorecards.intake;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordFilterTest {

	static final Map<String, Integer> INDEX = Map.of("citizenship", 0, "sentence_months", 1, "stage", 2);

	static CsvRow row(String citizenship, String months, String stage) {
		return new CsvRow(INDEX, new String[] { citizenship, months, stage });
	}

	@Test
	void everyFieldMustHoldOneOfItsCodes() {
		RecordFilter filter = RecordFilter.of(Map.of("stage", List.of("convicted"), "sentence_months", List.of(">=12")), "XAA");
		assertThat(filter.matches(row("FRA", "12", "convicted"))).isTrue();
		assertThat(filter.matches(row("FRA", "11", "convicted"))).isFalse();
		assertThat(filter.matches(row("FRA", "", "convicted"))).isFalse();
		assertThat(filter.matches(row("FRA", "36", "acquitted"))).isFalse();
		// Answers are remembered per value: asked again, the same.
		assertThat(filter.matches(row("FRA", "12", "convicted"))).isTrue();
		assertThat(filter.matches(row("FRA", "11", "convicted"))).isFalse();
	}

	@Test
	void foreignIsAnyKnownCitizenshipButTheCountrysOwn() {
		RecordFilter filter = RecordFilter.of(Map.of("citizenship", List.of("@foreign")), "XAA");
		assertThat(filter.matches(row("FRA", "", ""))).isTrue();
		assertThat(filter.matches(row("XAA", "", ""))).isFalse();
		assertThat(filter.matches(row("unknown", "", ""))).isFalse();
		assertThat(filter.matches(row("", "", ""))).isFalse();
	}

	@Test
	void aColumnTheFileLacksMatchesNoCode() {
		RecordFilter filter = RecordFilter.of(Map.of("exploitation", List.of("sexual")), "XAA");
		assertThat(filter.matches(row("FRA", "", "convicted"))).isFalse();
		assertThat(RecordFilter.of(Map.of(), "XAA").matches(row("FRA", "", ""))).isTrue();
	}

	@Test
	void manyDistinctValuesAreStillAnsweredRight() {
		RecordFilter filter = RecordFilter.of(Map.of("sentence_months", List.of(">=12")), "XAA");
		for (int months = 0; months < 1000; months++) {
			assertThat(filter.matches(row("FRA", Integer.toString(months), ""))).isEqualTo(months >= 12);
		}
	}
}
