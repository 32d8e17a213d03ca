package org.scorecards.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueKeysTest {

	static final List<List<String>> PAIR = List.of(List.of("case_ref", "defendant_ref"));

	/** Every key hashes alike: each record after the first is held, and only the second look can tell them apart. */
	static final UniqueKeys.KeyHash ALL_ALIKE = (group, columns, row) -> 42;

	/** Keys of one length hash alike: many collisions, and some keys that do not collide. */
	static final UniqueKeys.KeyHash BY_LENGTH = (group, columns, row) -> {
		long length = group;
		for (int column : columns) {
			length += row.get(column).length();
		}
		return length;
	};

	private static CsvRow row(String caseRef, String defendantRef) {
		return new CsvRow(Map.of("case_ref", 0, "defendant_ref", 1), new String[] { caseRef, defendantRef });
	}

	/**
	 * Plays the reader: the first pass over the rows, then as many looks as it takes, each over the rows from
	 * the first. Gives the rows found to repeat, by ordinal, with the columns they repeat.
	 */
	static final class Reading {

		final UniqueKeys keys;

		int looks;

		Reading(UniqueKeys keys) {
			this.keys = keys;
		}

		Map<Integer, List<String>> repeats(List<CsvRow> rows) {
			Set<Integer> held = new HashSet<>();
			for (int i = 0; i < rows.size(); i++) {
				if (keys.mayRepeat(i, rows.get(i))) {
					held.add(i);
				}
			}
			Map<Integer, List<String>> repeats = new HashMap<>();
			Set<Integer> decided = new HashSet<>();
			while (!keys.decided()) {
				looks++;
				UniqueKeys.Look look = keys.look();
				for (int i = 0; i < rows.size() && !look.past(i); i++) {
					UniqueKeys.Verdict verdict = look.needs(i, rows.get(i)) ? look.take(i, rows.get(i)) : null;
					if (verdict != null) {
						assertThat(decided.add(i)).as("row %d decided once", i).isTrue();
						if (verdict.repeated() != null) {
							repeats.put(i, verdict.repeated());
						}
					}
				}
				look.done();
			}
			assertThat(decided).as("every held row is decided, no other").isEqualTo(held);
			return repeats;
		}
	}

	/** What exact sets of the keys say, as the hash table said before it could be wrong: the first group repeated. */
	static Map<Integer, List<String>> exactRepeats(List<List<String>> groups, List<CsvRow> rows) {
		List<Set<List<String>>> seen = new ArrayList<>();
		groups.forEach(g -> seen.add(new HashSet<>()));
		Map<Integer, List<String>> repeats = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			for (int k = 0; k < groups.size(); k++) {
				CsvRow row = rows.get(i);
				List<String> key = groups.get(k).stream().map(row::get).toList();
				if (!seen.get(k).add(key)) {
					repeats.put(i, groups.get(k));
					break;
				}
			}
		}
		return repeats;
	}

	@Test
	void aRepeatedPairIsFoundAmongManyDistinctOnes() {
		List<CsvRow> rows = new ArrayList<>();
		for (int i = 0; i < 200_000; i++) {
			rows.add(row("C-" + i, "D-" + (i % 7)));
		}
		rows.add(row("C-123456", "D-" + (123456 % 7)));
		Reading reading = new Reading(new UniqueKeys(PAIR));
		assertThat(reading.repeats(rows)).containsOnlyKeys(200_000).containsValue(List.of("case_ref", "defendant_ref"));
		assertThat(reading.looks).isOne();
	}

	@Test
	void distinctKeysNeedNoSecondLook() {
		UniqueKeys keys = new UniqueKeys(PAIR);
		for (int i = 0; i < 200_000; i++) {
			// Out of order, so the hash table is used, not the sorted run.
			assertThat(keys.mayRepeat(i, row("C-" + (i * 7919L % 200_000), "D"))).isFalse();
		}
		assertThat(keys.decided()).isTrue();
	}

	@Test
	void valuesAreNotConfusedAcrossColumns() {
		for (UniqueKeys keys : List.of(new UniqueKeys(PAIR), new UniqueKeys(PAIR, ALL_ALIKE, 16))) {
			assertThat(new Reading(keys).repeats(List.of(row("ab", "c"), row("a", "bc")))).isEmpty();
		}
	}

	@Test
	void roomMadeAheadKeepsEveryKeyRemembered() {
		UniqueKeys keys = new UniqueKeys(PAIR);
		List<CsvRow> rows = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			rows.add(row("C-" + i, "D"));
			keys.mayRepeat(i, rows.get(i));
		}
		keys.expect(100_000);
		rows.add(row("C-999", "D"));
		rows.add(row("C-1000", "D"));
		assertThat(keys.mayRepeat(1000, rows.get(1000))).isTrue();
		assertThat(keys.mayRepeat(1001, rows.get(1001))).isFalse();
	}

	@Test
	void keysInOrderAreRememberedWhenOrderBreaks() {
		List<CsvRow> rows = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			rows.add(row(String.format("C-%06d", i), "D"));
		}
		rows.add(row("C-099999", "E"));
		rows.add(row("C-099999", "E"));
		rows.add(row("C-000007", "D"));
		rows.add(row("C-000007", "E"));
		assertThat(new Reading(new UniqueKeys(PAIR)).repeats(rows)).containsOnlyKeys(100_001, 100_002);
	}

	@Test
	void referencesNumberedWithoutPaddingNeverReachTheHashTable() {
		// V-9 then V-10 breaks text order, not "shorter first"; with every hash alike, the table would hold each row.
		UniqueKeys keys = new UniqueKeys(PAIR, ALL_ALIKE, UniqueKeys.HELD_KEYS);
		for (int i = 0; i < 20_000; i++) {
			assertThat(keys.mayRepeat(i, row("V-" + (i + 1), "D"))).as("row %d", i).isFalse();
		}
		assertThat(keys.decided()).isTrue();
	}

	@Test
	void aKeyAfterItsPredecessorInAnOrderThatBrokeEarlierIsStillChecked() {
		// Text order breaks at AA (after B), "shorter first" at the second B: B comes after AB in text order, yet
		// repeats the second row.
		List<CsvRow> rows = List.of(row("A", "D"), row("B", "D"), row("AA", "D"), row("AB", "D"), row("B", "D"));
		for (UniqueKeys keys : List.of(new UniqueKeys(PAIR), new UniqueKeys(PAIR, ALL_ALIKE, UniqueKeys.HELD_KEYS))) {
			assertThat(new Reading(keys).repeats(rows)).containsOnlyKeys(4);
		}
	}

	@Test
	void keysThatOnlyShareAHashAreAllKeptAndTrueRepeatsStillFound() {
		List<CsvRow> rows = List.of(row("C1", "D1"), row("C2", "D1"), row("C1", "D2"), row("C1", "D1"), row("C3", "D3"),
				row("C2", "D1"), row("C1", "D1"));
		Reading reading = new Reading(new UniqueKeys(PAIR, ALL_ALIKE, UniqueKeys.HELD_KEYS));
		assertThat(reading.repeats(rows)).containsOnlyKeys(3, 5, 6);
		assertThat(reading.looks).isOne();
	}

	@Test
	void aRecordRepeatedManyTimesHoldsOneKey() {
		List<CsvRow> rows = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			rows.add(row("C1", "D1"));
		}
		// Room for one record's key: every repeat of it is decided in the same look.
		Reading reading = new Reading(new UniqueKeys(PAIR, ALL_ALIKE, 1));
		assertThat(reading.repeats(rows)).hasSize(9_999).doesNotContainKey(0);
		assertThat(reading.looks).isOne();
	}

	@Test
	void moreRepeatedKeysThanALookHoldsAreDecidedOverSeveralLooksAsExactly() {
		// A file appended to itself: every key of the second half repeats one of the first.
		List<CsvRow> rows = new ArrayList<>();
		for (int copy = 0; copy < 2; copy++) {
			for (int i = 0; i < 500; i++) {
				rows.add(row("C" + i, "D" + (i % 3)));
			}
		}
		Reading reading = new Reading(new UniqueKeys(PAIR, BY_LENGTH, 16));
		assertThat(reading.repeats(rows)).isEqualTo(exactRepeats(PAIR, rows)).hasSize(500);
		assertThat(reading.looks).isGreaterThan(10);
	}

	@Test
	void underAnyHashTheRepeatsAreThoseOfExactSets() {
		List<List<String>> groups = List.of(List.of("case_ref"), List.of("defendant_ref"));
		Random random = new Random(11);
		for (int round = 0; round < 50; round++) {
			List<CsvRow> rows = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				rows.add(row("C" + random.nextInt(60), "D" + random.nextInt(300)));
			}
			Map<Integer, List<String>> exact = exactRepeats(groups, rows);
			assertThat(new Reading(new UniqueKeys(groups)).repeats(rows)).isEqualTo(exact);
			assertThat(new Reading(new UniqueKeys(groups, ALL_ALIKE, 8)).repeats(rows)).isEqualTo(exact);
			assertThat(new Reading(new UniqueKeys(groups, BY_LENGTH, 3)).repeats(rows)).isEqualTo(exact);
		}
	}
}
