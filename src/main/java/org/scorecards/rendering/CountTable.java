package org.scorecards.rendering;

import java.util.List;

/**
 * A breakdown table of counts of persons as it is published, under disclosure control, with the sums that
 * other published figures give away (the relations an attacker can use).
 *
 * @param key the table's name in {@code breakdowns.csv}, e.g. {@code victims_by_sex}
 * @param title the table's title in the annex
 * @param cells in the contract's order of codes
 * @param relations groups of cells whose sum is published or derivable from something published
 * @param withheld the whole table is withheld ({@code c} everywhere): no choice of cells could protect it
 */
public record CountTable(String key, String title, List<Cell> cells, List<Relation> relations, boolean withheld) {

	/** How a cell is published. */
	public enum Mark {
		/** the count itself (0 included) */
		EXACT,
		/** a count from 1 to threshold-1, shown as "&lt;threshold" (primary suppression) */
		SMALL,
		/** withheld so that a small count cannot be recovered; at least the threshold unless the table is withheld */
		SECONDARY
	}

	public record Cell(String category, long count, Mark mark) {

		public String shown(int threshold) {
			return switch (mark) {
				case EXACT -> Long.toString(count);
				case SMALL -> "<" + threshold;
				case SECONDARY -> Suppression.SECONDARY;
			};
		}

		public boolean exact() {
			return mark == Mark.EXACT;
		}
	}

	/**
	 * Cells whose sum is known to a reader: {@code ratioTied} cells are in addition held in a known proportion
	 * by an exact percentage score (convicted and acquitted under PR.3), so either all are published or the
	 * table is withheld.
	 */
	public record Relation(String source, List<String> categories, boolean ratioTied) {
	}

	public Cell cell(String category) {
		return cells.stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow();
	}
}
