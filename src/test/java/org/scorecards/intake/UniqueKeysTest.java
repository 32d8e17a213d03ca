package org.scorecards.intake;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueKeysTest {

	private static CsvRow row(String caseRef, String defendantRef) {
		return new CsvRow(Map.of("case_ref", 0, "defendant_ref", 1), new String[] { caseRef, defendantRef });
	}

	@Test
	void aRepeatedPairIsFoundAmongManyDistinctOnes() {
		UniqueKeys keys = new UniqueKeys(List.of(List.of("case_ref", "defendant_ref")));
		for (int i = 0; i < 200_000; i++) {
			assertThat(keys.repeatedKey(row("C-" + i, "D-" + (i % 7)))).isNull();
		}
		assertThat(keys.repeatedKey(row("C-123456", "D-" + (123456 % 7)))).containsExactly("case_ref", "defendant_ref");
	}

	@Test
	void valuesAreNotConfusedAcrossColumns() {
		UniqueKeys keys = new UniqueKeys(List.of(List.of("case_ref", "defendant_ref")));
		assertThat(keys.repeatedKey(row("ab", "c"))).isNull();
		assertThat(keys.repeatedKey(row("a", "bc"))).isNull();
	}

	@Test
	void roomMadeAheadKeepsEveryKeyRemembered() {
		UniqueKeys keys = new UniqueKeys(List.of(List.of("case_ref", "defendant_ref")));
		for (int i = 0; i < 1000; i++) {
			keys.repeatedKey(row("C-" + i, "D"));
		}
		keys.expect(100_000);
		assertThat(keys.repeatedKey(row("C-999", "D"))).isNotNull();
		assertThat(keys.repeatedKey(row("C-1000", "D"))).isNull();
	}

	@Test
	void keysInOrderAreRememberedWhenOrderBreaks() {
		UniqueKeys keys = new UniqueKeys(List.of(List.of("case_ref", "defendant_ref")));
		for (int i = 0; i < 100_000; i++) {
			assertThat(keys.repeatedKey(row(String.format("C-%06d", i), "D"))).isNull();
		}
		assertThat(keys.repeatedKey(row("C-099999", "E"))).isNull();
		assertThat(keys.repeatedKey(row("C-099999", "E"))).isNotNull();
		assertThat(keys.repeatedKey(row("C-000007", "D"))).isNotNull();
		assertThat(keys.repeatedKey(row("C-000007", "E"))).isNull();
	}
}
