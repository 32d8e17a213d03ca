package org.scorecards.rendering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scorecards.intake.KeyFigures;
import org.scorecards.methodology.Indicator;
import org.scorecards.methodology.Measure;
import org.scorecards.methodology.Source;
import org.scorecards.rendering.CountTable.Cell;
import org.scorecards.rendering.CountTable.Mark;
import org.scorecards.rendering.CountTable.Relation;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.IndicatorResult;
import org.scorecards.scoring.IndicatorStatus;

/**
 * Statistical disclosure control of the breakdowns of persons: the one place that decides what the scorecard,
 * the annex and {@code breakdowns.csv} show, so the three always agree.
 * <p>
 * What a reader knows besides a table: the scores are exact (four decimals) and the population is public, so
 * PT.1 gives the number of victims (the total of every victims table), PR.2 the defendants prosecuted,
 * convicted or acquitted, PT.7 and PR.5 the persons trained of their audiences, and PR.3, when scored, the
 * exact proportion of convicted to acquitted. Those sums are published as they are (hiding a figure that the
 * score gives away would protect nothing); the tables are protected against them.
 * <p>
 * Choice: a count from 1 to threshold-1 is shown as "&lt;threshold" (primary); when a published sum would let
 * a reader narrow it, the smallest counts of the same sum that are at least the threshold are withheld as
 * {@code c} (secondary), as few as needed, so that every "&lt;threshold" may still be any of 1..threshold-1
 * even for a reader who knows each {@code c} is at least the threshold. Zeros stay published: a cell known to
 * be empty says nothing about a person. When no such choice exists (a country of three victims: every cell
 * is small or zero), or when a small count is tied to others by an exact percentage score, the whole table
 * is withheld ({@code c} everywhere, no "&lt;threshold"): rounding or perturbing would make the tables
 * disagree with the exact scores, which must stay traceable. {@link DisclosureAudit} proves the result.
 */
public final class Suppression {

	/** The secondary marker, distinct from "&lt;threshold". */
	public static final String SECONDARY = "c";

	static final List<String> SCORED_STAGES = List.of("prosecuted", "convicted", "acquitted");

	static final List<String> JUDGED_STAGES = List.of("convicted", "acquitted");

	static final List<String> FRONTLINE = List.of("labour_inspectors", "border_guards", "social_workers", "health_workers");

	static final List<String> CRIMINAL_JUSTICE = List.of("police", "prosecutors", "judges");

	private Suppression() {
	}

	/** The published tables of counts of a country, protected; empty tables (file not submitted) left out. */
	public static List<CountTable> tables(KeyFigures figures, CountryScore score, int threshold) {
		return tables(figures, score, threshold, true);
	}

	/** Primary suppression only, as before secondary suppression: for tests that show what the audit catches. */
	public static List<CountTable> primaryOnly(KeyFigures figures, CountryScore score, int threshold) {
		return tables(figures, score, threshold, false);
	}

	private static List<CountTable> tables(KeyFigures figures, CountryScore score, int threshold, boolean secondary) {
		KeyFigures f = figures == null ? KeyFigures.empty() : figures;
		boolean pr3Scored = score != null && score.indicator("PR.3")
			.map(r -> r.status() == IndicatorStatus.SCORED)
			.orElse(false);
		List<CountTable> tables = new ArrayList<>();
		victims(tables, "victims_by_sex", "Victims by sex", f.victimsBySex(), threshold, secondary);
		victims(tables, "victims_by_age_group", "Victims by age group", f.victimsByAge(), threshold, secondary);
		victims(tables, "victims_by_exploitation", "Victims by form of exploitation", f.victimsByExploitation(),
				threshold, secondary);
		victims(tables, "victims_by_identified_by", "Victims by who identified them", f.victimsByIdentifiedBy(),
				threshold, secondary);
		if (!f.defendantsByStage().isEmpty()) {
			List<Relation> relations = new ArrayList<>();
			relations.add(new Relation("PR.2", present(SCORED_STAGES, f.defendantsByStage()), false));
			if (pr3Scored) {
				relations.add(new Relation("PR.3", present(JUDGED_STAGES, f.defendantsByStage()), true));
			}
			tables.add(protect("defendants_by_stage", "Defendants by stage", f.defendantsByStage(), relations,
					threshold, secondary));
		}
		if (!f.trainedByAudience().isEmpty()) {
			tables.add(protect("trained_by_audience", "Trained by audience (participants)", f.trainedByAudience(),
					List.of(new Relation("PT.7", present(FRONTLINE, f.trainedByAudience()), false),
							new Relation("PR.5", present(CRIMINAL_JUSTICE, f.trainedByAudience()), false)),
					threshold, secondary));
		}
		return tables;
	}

	private static void victims(List<CountTable> tables, String key, String title, Map<String, Long> counts,
			int threshold, boolean secondary) {
		if (!counts.isEmpty()) {
			tables.add(protect(key, title, counts,
					List.of(new Relation("PT.1", List.copyOf(counts.keySet()), false)), threshold, secondary));
		}
	}

	private static List<String> present(List<String> codes, Map<String, Long> counts) {
		return codes.stream().filter(counts::containsKey).toList();
	}

	static CountTable protect(String key, String title, Map<String, Long> counts, List<Relation> relations,
			int threshold, boolean secondary) {
		Map<String, Cell> cells = new LinkedHashMap<>();
		counts.forEach((category, n) -> cells.put(category, new Cell(category, n,
				Display.isSuppressed(n, threshold) ? Mark.SMALL : Mark.EXACT)));
		CountTable primary = new CountTable(key, title, List.copyOf(cells.values()), relations, false);
		if (!secondary) {
			return primary;
		}
		for (Relation relation : relations) {
			if (relation.ratioTied() || relation.categories().stream().noneMatch(c -> cells.get(c).mark() == Mark.SMALL)) {
				continue;
			}
			if (tiedToARatio(relation, relations)) {
				return withheld(primary);
			}
			while (!DisclosureAudit.narrowed(new CountTable(key, title, List.copyOf(cells.values()), relations, false),
					relation, threshold).isEmpty()) {
				Optional<Cell> next = candidate(relation, cells, relations, threshold);
				if (next.isEmpty()) {
					return withheld(primary);
				}
				Cell c = next.get();
				cells.put(c.category(), new Cell(c.category(), c.count(), Mark.SECONDARY));
			}
		}
		return new CountTable(key, title, List.copyOf(cells.values()), relations, false);
	}

	/**
	 * The smallest published count of the sum that, withheld, gives the small ones their whole range; else the
	 * largest, and the search goes on. Cells tied by a ratio are never chosen (the ratio would give them back).
	 */
	private static Optional<Cell> candidate(Relation relation, Map<String, Cell> cells, List<Relation> relations,
			int threshold) {
		List<Cell> candidates = relation.categories()
			.stream()
			.map(cells::get)
			.filter(c -> c.mark() == Mark.EXACT && c.count() >= threshold)
			.filter(c -> relations.stream().noneMatch(r -> r.ratioTied() && r.categories().contains(c.category())))
			.sorted(Comparator.comparingLong(Cell::count))
			.toList();
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		long small = relation.categories().stream().map(cells::get).filter(c -> c.mark() == Mark.SMALL).count();
		long slack = relation.categories()
			.stream()
			.map(cells::get)
			.filter(c -> c.mark() != Mark.EXACT)
			.mapToLong(c -> c.mark() == Mark.SMALL ? c.count() : c.count() - threshold)
			.sum();
		long needed = (small - 1) + (threshold - 1);
		return candidates.stream()
			.filter(c -> slack + c.count() - threshold >= needed)
			.findFirst()
			.or(() -> Optional.of(candidates.get(candidates.size() - 1)));
	}

	private static boolean tiedToARatio(Relation relation, List<Relation> relations) {
		return relations.stream()
			.filter(Relation::ratioTied)
			.anyMatch(tied -> tied.categories().stream().anyMatch(relation.categories()::contains));
	}

	private static CountTable withheld(CountTable table) {
		return new CountTable(table.key(), table.title(),
				table.cells().stream().map(c -> new Cell(c.category(), c.count(), Mark.SECONDARY)).toList(),
				table.relations(), true);
	}

	/**
	 * A percentage over persons (PT.2, PT.3, PR.3, PR.4) gives its numerator and denominator away together
	 * (the value is their exact ratio), so both are published or both withheld: withheld when either part,
	 * numerator or the rest of the denominator, is from 1 to threshold-1, or the base is below the threshold.
	 */
	public static boolean withholdsInputs(Indicator indicator, IndicatorResult result, int threshold) {
		if (indicator.measure() != Measure.PERCENT || !persons(indicator) || result.numerator() == null
				|| result.denominator() == null) {
			return false;
		}
		long n = result.numerator().longValue();
		long d = result.denominator().longValue();
		return Display.isSuppressed(n, threshold) || Display.isSuppressed(d - n, threshold) || d < threshold;
	}

	/**
	 * The value of a percentage over persons that is not scored (insufficient base): over a base of a few
	 * persons it tells the counts themselves (66.6667 % of fewer than five is 2 of 3). It is not a score, so
	 * it is withheld; a scored value is published exact, as every score is.
	 */
	public static boolean withholdsValue(Indicator indicator, IndicatorResult result) {
		return indicator.measure() == Measure.PERCENT && persons(indicator)
				&& result.status() == IndicatorStatus.INSUFFICIENT_BASE;
	}

	private static boolean persons(Indicator indicator) {
		return indicator.source() == Source.VICTIMS || indicator.source() == Source.PROSECUTIONS;
	}

	/** The legend printed under every table that shows a marker. */
	public static String legend(int threshold) {
		return "\"<" + threshold + "\": a count from 1 to " + (threshold - 1) + ". \"" + SECONDARY
				+ "\": withheld so that no \"<" + threshold + "\" can be worked out from the totals the scores give; "
				+ "at least " + threshold + " where the table also shows \"<" + threshold
				+ "\". A table shown entirely as \"" + SECONDARY + "\" is withheld as a whole.";
	}
}
