package org.scorecards.intake;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scorecards.methodology.Source;

/** Counts accepted records into the breakdowns the scorecard charts. */
final class KeyFigureTally {

	private final Breakdown victimsBySex;

	private final Breakdown victimsByAge;

	private final Breakdown victimsByExploitation;

	private final Breakdown victimsByIdentifiedBy;

	private final Breakdown defendantsByStage;

	private final Breakdown trainedByAudience;

	private final ColumnPositions participants = new ColumnPositions(List.of("participants"));

	private final CsvRules rules;

	private final Set<Source> reported = EnumSet.noneOf(Source.class);

	KeyFigureTally(CsvRules rules) {
		this.rules = rules;
		this.victimsBySex = breakdown("victims.csv", "sex");
		this.victimsByAge = breakdown("victims.csv", "age_group");
		this.victimsByExploitation = breakdown("victims.csv", "exploitation");
		this.victimsByIdentifiedBy = breakdown("victims.csv", "identified_by");
		this.defendantsByStage = breakdown("prosecutions.csv", "stage");
		this.trainedByAudience = breakdown("training.csv", "audience");
	}

	void add(Source source, CsvRow row) {
		switch (source) {
			case VICTIMS -> {
				victimsBySex.add(row, 1);
				victimsByAge.add(row, 1);
				victimsByExploitation.add(row, 1);
				victimsByIdentifiedBy.add(row, 1);
			}
			case PROSECUTIONS -> defendantsByStage.add(row, 1);
			case TRAINING -> trainedByAudience.add(row, Long.parseLong(row.get(participants.of(row)[0])));
			default -> {
			}
		}
	}

	/** A file refused after some of its records were counted: its breakdowns are reported empty. */
	void discard(Source source) {
		switch (source) {
			case VICTIMS -> {
				victimsBySex.clear();
				victimsByAge.clear();
				victimsByExploitation.clear();
			}
			case PROSECUTIONS -> defendantsByStage.clear();
			case TRAINING -> trainedByAudience.clear();
			default -> {
			}
		}
		reported.remove(source);
	}

	/** A file that was submitted: its breakdowns are published, zeros included; others stay empty. */
	void reported(Source source) {
		reported.add(source);
	}

	KeyFigures result(Map<String, BigDecimal> fundingUsd, Map<String, BigDecimal> fundingUsdBySource) {
		return new KeyFigures(ifReported(Source.VICTIMS, victimsBySex), ifReported(Source.VICTIMS, victimsByAge),
				ifReported(Source.VICTIMS, victimsByExploitation), ifReported(Source.PROSECUTIONS, defendantsByStage),
				funding("pillar", fundingUsd), ifReported(Source.TRAINING, trainedByAudience),
				ifReported(Source.VICTIMS, victimsByIdentifiedBy), funding("source", fundingUsdBySource));
	}

	private Map<String, BigDecimal> funding(String column, Map<String, BigDecimal> usd) {
		Map<String, BigDecimal> funding = new LinkedHashMap<>();
		if (reported.contains(Source.FUNDING)) {
			rules.file("funding.csv").columns().get(column).codes()
				.forEach(code -> funding.put(code, usd.getOrDefault(code, BigDecimal.ZERO)));
		}
		return funding;
	}

	private Map<String, Long> ifReported(Source source, Breakdown breakdown) {
		return reported.contains(source) ? breakdown.counts() : Map.of();
	}

	private Breakdown breakdown(String file, String column) {
		return new Breakdown(column, rules.file(file).columns().get(column).codes());
	}

	/**
	 * Counts by the value of one column: every code of the rules first, at zero, then any other value in the
	 * order it appears. A mutable cell per value, so a record costs one lookup and no boxing.
	 */
	private static final class Breakdown {

		private final ColumnPositions column;

		private final Map<String, long[]> cells = new LinkedHashMap<>();

		Breakdown(String column, List<String> codes) {
			this.column = new ColumnPositions(List.of(column));
			codes.forEach(code -> cells.put(code, new long[1]));
		}

		void add(CsvRow row, long n) {
			String value = row.get(column.of(row)[0]);
			long[] cell = cells.get(value);
			if (cell == null) {
				cell = new long[1];
				cells.put(value, cell);
			}
			// Exact: ten sessions of 999999999999999999 once wrapped round to a negative count.
			cell[0] = Math.addExact(cell[0], n);
		}

		void clear() {
			cells.values().forEach(cell -> cell[0] = 0);
		}

		Map<String, Long> counts() {
			Map<String, Long> counts = new LinkedHashMap<>();
			cells.forEach((value, cell) -> counts.put(value, cell[0]));
			return counts;
		}
	}
}
