package org.scorecards.rendering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.scorecards.rendering.CountTable.Cell;
import org.scorecards.rendering.CountTable.Mark;
import org.scorecards.rendering.CountTable.Relation;

/**
 * Proves that no count shown as "&lt;threshold" can be narrowed by a reader of everything published: for each
 * one, the range of values consistent with the published cells and sums, knowing a {@code c} is at least the
 * threshold, must still be all of 1..threshold-1.
 * <p>
 * Why an interval computation is exact here. The published relations of a table are sums of disjoint groups
 * of its cells with unit coefficients (checked below; tables share no cell, since no cross-tabulation is
 * published). For one equation x<sub>1</sub> + ... + x<sub>n</sub> = R with each x<sub>i</sub> in an integer
 * interval [l<sub>i</sub>, u<sub>i</sub>] (u may be infinite), the other cells' sum takes every integer of
 * [&Sigma;l, &Sigma;u] (raise one cell by one at a time), so the values x<sub>k</sub> can take are exactly the
 * integers of [max(l<sub>k</sub>, R - &Sigma;<sub>i&ne;k</sub> u<sub>i</sub>), min(u<sub>k</sub>, R -
 * &Sigma;<sub>i&ne;k</sub> l<sub>i</sub>)], for real and integer solutions alike. Disjoint groups are
 * independent equations, and a cell in no published sum keeps its own interval. The one relation that is not
 * a unit sum, the exact ratio of convicted to acquitted that a scored PR.3 gives, is required to touch only
 * cells published exactly (or a table withheld whole), so it adds nothing a reader does not already know.
 */
public final class DisclosureAudit {

	private DisclosureAudit() {
	}

	/** One problem per line: {@code XAA victims_by_sex other: "<5" is 1..1 given PT.1}; empty when safe. */
	public static List<String> audit(String iso3, List<CountTable> tables, int threshold) {
		List<String> problems = new ArrayList<>();
		for (CountTable table : tables) {
			audit(table, threshold).forEach(p -> problems.add(iso3 + " " + table.key() + " " + p));
		}
		return problems;
	}

	static List<String> audit(CountTable table, int threshold) {
		List<String> problems = new ArrayList<>();
		for (Cell cell : table.cells()) {
			boolean truthful = switch (cell.mark()) {
				case EXACT -> true;
				case SMALL -> cell.count() >= 1 && cell.count() < threshold;
				case SECONDARY -> table.withheld() || cell.count() >= threshold;
			};
			if (!truthful) {
				problems.add(cell.category() + ": marked " + cell.mark() + " but holds another count");
			}
		}
		if (table.withheld()) {
			if (table.cells().stream().anyMatch(c -> c.mark() != Mark.SECONDARY)) {
				problems.add("withheld, yet shows a count");
			}
			return problems;
		}
		Set<String> seen = new HashSet<>();
		for (Relation relation : table.relations()) {
			if (relation.ratioTied()) {
				boolean touched = table.relations()
					.stream()
					.filter(r -> r.categories().stream().anyMatch(relation.categories()::contains))
					.flatMap(r -> r.categories().stream())
					.anyMatch(c -> !table.cell(c).exact());
				if (touched) {
					problems.add(relation.source() + " gives an exact ratio of " + relation.categories()
							+ ", which touch a withheld count");
				}
				continue;
			}
			for (String category : relation.categories()) {
				if (!seen.add(category)) {
					problems.add(category + " is in two published sums: a shape this audit cannot solve exactly");
				}
			}
			problems.addAll(narrowed(table, relation, threshold));
		}
		return problems;
	}

	/** The small counts of one published sum that a reader can narrow, with the range left to them. */
	static List<String> narrowed(CountTable table, Relation relation, int threshold) {
		List<Cell> cells = relation.categories().stream().map(table::cell).toList();
		long residual = cells.stream().mapToLong(Cell::count).sum();
		long lowOthers = 0;
		long highOthers = 0;
		boolean unbounded = false;
		for (Cell cell : cells) {
			switch (cell.mark()) {
				case EXACT -> residual -= cell.count();
				case SMALL -> {
					lowOthers += 1;
					highOthers += threshold - 1;
				}
				case SECONDARY -> {
					lowOthers += threshold;
					unbounded = true;
				}
			}
		}
		List<String> problems = new ArrayList<>();
		for (Cell cell : cells) {
			if (cell.mark() != Mark.SMALL) {
				continue;
			}
			long low = Math.max(1, unbounded ? 1 : residual - (highOthers - (threshold - 1)));
			long high = Math.min(threshold - 1, residual - (lowOthers - 1));
			if (low > 1 || high < threshold - 1) {
				problems.add(cell.category() + ": \"<" + threshold + "\" is " + low + ".." + high + " given "
						+ relation.source() + " and the cells published");
			}
		}
		return problems;
	}
}
