package org.scorecards.intake;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.scorecards.methodology.Source;
import org.scorecards.scoring.KeyFigures;

/** Counts accepted records into the breakdowns the scorecard charts. */
final class KeyFigureTally {

	private final Map<String, Long> victimsBySex;

	private final Map<String, Long> victimsByAge;

	private final Map<String, Long> victimsByExploitation;

	private final Map<String, Long> defendantsByStage;

	private final Map<String, Long> trainedByAudience;

	private final CsvRules rules;

	private final Set<Source> reported = EnumSet.noneOf(Source.class);

	KeyFigureTally(CsvRules rules) {
		this.rules = rules;
		this.victimsBySex = zeros("victims.csv", "sex");
		this.victimsByAge = zeros("victims.csv", "age_group");
		this.victimsByExploitation = zeros("victims.csv", "exploitation");
		this.defendantsByStage = zeros("prosecutions.csv", "stage");
		this.trainedByAudience = zeros("training.csv", "audience");
	}

	void add(Source source, CsvRow row) {
		switch (source) {
			case VICTIMS -> {
				victimsBySex.merge(row.get("sex"), 1L, Long::sum);
				victimsByAge.merge(row.get("age_group"), 1L, Long::sum);
				victimsByExploitation.merge(row.get("exploitation"), 1L, Long::sum);
			}
			case PROSECUTIONS -> defendantsByStage.merge(row.get("stage"), 1L, Long::sum);
			case TRAINING -> trainedByAudience.merge(row.get("audience"), Long.parseLong(row.get("participants")), Long::sum);
			default -> {
			}
		}
	}

	/** A file that was submitted: its breakdowns are published, zeros included; others stay empty. */
	void reported(Source source) {
		reported.add(source);
	}

	KeyFigures result(Map<String, BigDecimal> fundingUsd) {
		Map<String, BigDecimal> funding = new LinkedHashMap<>();
		if (reported.contains(Source.FUNDING)) {
			rules.file("funding.csv").columns().get("pillar").codes()
				.forEach(pillar -> funding.put(pillar, fundingUsd.getOrDefault(pillar, BigDecimal.ZERO)));
		}
		return new KeyFigures(ifReported(Source.VICTIMS, victimsBySex), ifReported(Source.VICTIMS, victimsByAge),
				ifReported(Source.VICTIMS, victimsByExploitation), ifReported(Source.PROSECUTIONS, defendantsByStage),
				funding, ifReported(Source.TRAINING, trainedByAudience));
	}

	private Map<String, Long> ifReported(Source source, Map<String, Long> counts) {
		return reported.contains(source) ? counts : Map.of();
	}

	private Map<String, Long> zeros(String file, String column) {
		return RecordTally.zeroCounts(rules.file(file).columns().get(column).codes());
	}
}
