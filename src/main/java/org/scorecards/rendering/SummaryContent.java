package org.scorecards.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scorecards.methodology.Band;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.scoring.Standing;

/** Words everything {@code templates/summary.jrxml} prints about a cycle. */
final class SummaryContent {

	static final String TITLE = "Anti-trafficking compliance scorecards";

	private final CycleReport cycle;

	private final Methodology methodology;

	private final List<Pillar> pillars;

	SummaryContent(CycleReport cycle) {
		this.cycle = cycle;
		this.methodology = cycle.methodology();
		this.pillars = methodology.pillars();
		if (pillars.size() != 4) {
			throw new IllegalArgumentException("The summary template has four pillar columns, but methodology "
					+ methodology.version() + " has " + pillars.size() + " pillars");
		}
	}

	Map<String, Object> parameters() {
		Map<String, Object> p = new HashMap<>();
		p.put("Title", TITLE);
		p.put("Year", Integer.toString(cycle.year()));
		p.put("Synthetic", cycle.synthetic());
		p.put("SyntheticBanner", ScorecardContent.SYNTHETIC_BANNER);
		p.put("Counts", counts());
		for (int i = 0; i < 4; i++) {
			p.put("Pillar" + (i + 1), pillars.get(i).label());
		}
		p.put("BandBars", bandBars());
		p.put("BandChartAlt", ChartAlt.describe("Rated countries by band", bandBars()));
		p.put("Regions", regions());
		p.put("Ranking", ranking());
		p.put("CapNote", capNote());
		p.put("Unrated", unrated());
		p.put("ScoringNote", MethodologyNote.scoring(methodology));
		p.put("MethodologyVersion", methodology.version());
		p.put("MethodologyChecksum", methodology.checksum());
		p.put("GeneratedOn", Formats.date(cycle.generatedOn()));
		return p;
	}

	String counts() {
		long low = count(CountryStatus.LOW_COVERAGE);
		long rated = count(CountryStatus.RATED) + low;
		long notRated = count(CountryStatus.NOT_RATED);
		long blocked = count(CountryStatus.BLOCKED);
		int n = cycle.countries().size();
		return n + (n == 1 ? " country" : " countries") + " in the cycle: " + rated + " rated"
				+ (low > 0 ? " (" + low + " marked " + PillarContent.LOW_COVERAGE_MARK + " low coverage)" : "") + ", "
				+ (notRated > 0 ? notRated + " not rated (insufficient data), " : "") + blocked
				+ " not scored (blocked by validation errors or no submission).";
	}

	/** One series per band, so that each bar gets its band's colour; every band appears, even when empty. */
	List<ChartBar> bandBars() {
		List<ChartBar> bars = new ArrayList<>();
		for (Band band : methodology.bands()) {
			long n = cycle.countries().stream().filter(c -> c.score().rated() && band.band().equals(c.score().band()))
				.count();
			bars.add(new ChartBar(band.band(), band.band() + " \u2013 " + band.label(), n, Long.toString(n)));
		}
		return bars;
	}

	List<RankingRow> ranking() {
		return cycle.countries().stream().filter(c -> c.score().rated()).map(c -> {
			CountryScore s = c.score();
			Standing standing = c.standing();
			String rank = standing == null || standing.rank() == null ? Display.ABSENT : standing.rank().toString();
			String band = s.band() + (s.cap() == null ? "" : "*");
			String low = s.status() == CountryStatus.LOW_COVERAGE ? PillarContent.LOW_COVERAGE_MARK : "";
			return new RankingRow(rank, Display.likely(standing == null ? null : standing.interval()), c.country().name(), c.country().region(), Display.oneDecimal(s.overall()) + low,
					band, Formats.trend(standing == null ? null : standing.overallTrend()), pillar(s, 0), pillar(s, 1),
					pillar(s, 2), pillar(s, 3));
		}).toList();
	}

	List<RegionRow> regions() {
		Set<String> regions = new LinkedHashSet<>();
		if (cycle.regionalAverages() != null) {
			regions.addAll(cycle.regionalAverages().keySet());
		}
		cycle.countries().forEach(c -> regions.add(c.country().region()));
		return regions.stream().sorted().map(region -> {
			Map<String, BigDecimal> averages = cycle.regionalAverages() == null ? Map.of()
					: cycle.regionalAverages().getOrDefault(region, Map.of());
			long members = cycle.countries().stream().filter(c -> region.equals(c.country().region())).count();
			long rated = cycle.countries().stream()
				.filter(c -> region.equals(c.country().region()) && c.score().rated())
				.count();
			return new RegionRow(region, rated + " of " + members, Display.oneDecimal(averages.get(Standing.OVERALL)),
					Display.oneDecimal(averages.get(pillars.get(0).pillar())),
					Display.oneDecimal(averages.get(pillars.get(1).pillar())),
					Display.oneDecimal(averages.get(pillars.get(2).pillar())),
					Display.oneDecimal(averages.get(pillars.get(3).pillar())));
		}).toList();
	}

	List<UnratedRow> unrated() {
		return cycle.countries().stream().filter(c -> !c.score().rated()).map(c -> {
			boolean blocked = c.score().status() == CountryStatus.BLOCKED;
			String reason = c.score().reason() == null ? Display.ABSENT : c.score().reason();
			return new UnratedRow(c.country().name(), c.country().region(), blocked ? "not scored" : "not rated",
					reason);
		}).toList();
	}

	/**
	 * Explains the asterisk of a capped band and the dagger of low coverage, when the ranking has them, and
	 * what the rank interval means.
	 */
	String capNote() {
		boolean capped = cycle.countries().stream().anyMatch(c -> c.score().rated() && c.score().cap() != null);
		boolean low = cycle.countries().stream().anyMatch(c -> c.score().status() == CountryStatus.LOW_COVERAGE);
		List<String> notes = new ArrayList<>();
		if (capped) {
			notes.add("* Band capped: a critical indicator limits the rating (" + MethodologyNote.capList(methodology)
					+ "). Ranks follow the score, not the band.");
		}
		if (low) {
			notes.add(PillarContent.LOW_COVERAGE_MARK + " Low coverage: less than "
					+ Formats.percent(methodology.coverageThreshold()) + " of a pillar\u2019s weight was reported; the "
					+ "rating is published but rests on incomplete data (indicators not reported score "
					+ (methodology.notReportedScore() == null ? "nothing"
							: methodology.notReportedScore().stripTrailingZeros().toPlainString()) + ").");
		}
		if (cycle.countries().stream().anyMatch(c -> c.standing() != null && c.standing().interval() != null)) {
			notes.add("Likely: the 5th to 95th percentile of the rank over re-scorings of the cycle with other "
					+ "reasonable weights, bounds and aggregation (" + cycle.year() + "-robustness.csv and .xlsx). As "
					+ "the SDG Index cautions, rank differences of 2 or 3 places are not significant: ranks whose "
					+ "intervals overlap should not be read as different.");
		}
		return notes.isEmpty() ? null : String.join(" ", notes);
	}

	private String pillar(CountryScore score, int index) {
		return score.pillar(pillars.get(index).pillar())
			.map(p -> p.rated() ? Display.oneDecimal(p.score()) + (p.lowCoverage() ? PillarContent.LOW_COVERAGE_MARK : "")
					: PillarContent.INSUFFICIENT_DATA)
			.orElse(Display.ABSENT);
	}

	private long count(CountryStatus status) {
		return cycle.countries().stream().filter(c -> c.score().status() == status).count();
	}
}
