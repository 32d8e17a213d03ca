package org.scorecards.rendering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.scorecards.intake.KeyFigures;
import org.scorecards.rendering.CountTable.Mark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Victims by sex with the total known from PT.1, threshold 5: the audit catches what primary suppression alone
 * leaves open, and passes what {@link Suppression} publishes.
 */
class DisclosureAuditTest {

	private static final int T = 5;

	private static KeyFigures bySex(long female, long male, long other, long unknown) {
		Map<String, Long> sex = new LinkedHashMap<>();
		sex.put("female", female);
		sex.put("male", male);
		sex.put("other", other);
		sex.put("unknown", unknown);
		return new KeyFigures(sex, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
	}

	private static List<String> naive(KeyFigures figures) {
		return DisclosureAudit.audit("XAA", Suppression.primaryOnly(figures, null, T), T);
	}

	private static CountTable protectedTable(KeyFigures figures) {
		CountTable table = Suppression.tables(figures, null, T).get(0);
		assertThat(DisclosureAudit.audit("XAA", List.of(table), T)).isEmpty();
		return table;
	}

	@Test
	void oneSmallCellIsRecoveredBySubtractionUnlessAnotherIsWithheld() {
		// the XAA: 300 - 177 - 111 - 11 = 1
		KeyFigures figures = bySex(177, 111, 1, 11);
		assertThat(naive(figures)).containsExactly("XAA victims_by_sex other: \"<5\" is 1..1 given PT.1 and the cells published");
		CountTable table = protectedTable(figures);
		assertThat(table.cells()).extracting(c -> c.shown(T)).containsExactly("177", "111", "<5", "c");
	}

	@Test
	void aSecondaryCellTooSmallToCoverTheWholeRangeIsNotEnough() {
		// withholding the 5 would leave other + unknown = 6, so other <= 1: the 111 goes instead
		KeyFigures figures = bySex(177, 111, 1, 5);
		CountTable table = protectedTable(figures);
		assertThat(table.cells()).extracting(c -> c.shown(T)).containsExactly("177", "c", "<5", "5");
	}

	@Test
	void twoSmallCellsSummingToTwo() {
		KeyFigures figures = bySex(40, 0, 1, 1);
		assertThat(naive(figures)).hasSize(2);
		assertThat(protectedTable(figures).cells()).extracting(c -> c.shown(T)).containsExactly("c", "0", "<5", "<5");
	}

	@Test
	void threeSmallCells() {
		KeyFigures figures = bySex(1, 1, 1, 9);
		assertThat(naive(figures)).isNotEmpty();
		assertThat(protectedTable(figures).cells()).extracting(c -> c.shown(T)).containsExactly("<5", "<5", "<5", "c");
	}

	@Test
	void aCountryOfThreeVictimsHasItsTablesWithheldWhole() {
		// adult 3, every other group 0: the naive table says adult = 3
		Map<String, Long> age = new LinkedHashMap<>();
		age.put("child", 0L);
		age.put("adult", 3L);
		age.put("unknown", 0L);
		KeyFigures figures = new KeyFigures(Map.of("female", 2L, "male", 1L), age, Map.of(), Map.of(), Map.of(), Map.of());
		assertThat(naive(figures)).contains("XAA victims_by_age_group adult: \"<5\" is 3..3 given PT.1 and the cells published");
		List<CountTable> tables = Suppression.tables(figures, null, T);
		assertThat(tables).allMatch(CountTable::withheld);
		assertThat(tables).flatExtracting(CountTable::cells).allMatch(c -> c.shown(T).equals("c"));
		assertThat(DisclosureAudit.audit("XAA", tables, T)).isEmpty();
	}

	@Test
	void smallCellsThatATotalCannotNarrowNeedNothingMore() {
		// 1 + 4 = 5: either may be 1..4
		KeyFigures figures = bySex(1, 4, 0, 0);
		assertThat(naive(figures)).isEmpty();
		assertThat(protectedTable(figures).cells()).extracting(CountTable.Cell::mark)
			.containsExactly(Mark.SMALL, Mark.SMALL, Mark.EXACT, Mark.EXACT);
	}

	@Test
	void trainingIsProtectedAgainstEachScoredSumOfAudiences() {
		Map<String, Long> audience = new LinkedHashMap<>();
		audience.put("police", 30L);
		audience.put("prosecutors", 2L);
		audience.put("judges", 8L);
		audience.put("labour_inspectors", 25L);
		audience.put("other", 3L);
		KeyFigures figures = new KeyFigures(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), audience);
		assertThat(naive(figures)).containsExactly(
				"XAA trained_by_audience prosecutors: \"<5\" is 2..2 given PR.5 and the cells published");
		CountTable table = Suppression.tables(figures, null, T).get(0);
		assertThat(DisclosureAudit.audit("XAA", List.of(table), T)).isEmpty();
		// PR.5 = police + prosecutors + judges: withholding the 8 leaves prosecutors + judges = 10, judges >= 5, so
		// prosecutors may still be 1..4 (the smallest count that suffices); other is in no published sum
		assertThat(table.cells()).extracting(c -> c.shown(T)).containsExactly("30", "<5", "c", "25", "<5");
	}

	@Test
	void theAuditRefusesAMarkThatIsNotTrue() {
		CountTable lie = new CountTable("victims_by_sex", "Victims by sex",
				List.of(new CountTable.Cell("female", 3, Mark.SECONDARY), new CountTable.Cell("male", 2, Mark.SMALL)),
				List.of(new CountTable.Relation("PT.1", List.of("female", "male"), false)), false);
		assertThat(DisclosureAudit.audit("XAA", List.of(lie), T)).isNotEmpty();
	}
}
