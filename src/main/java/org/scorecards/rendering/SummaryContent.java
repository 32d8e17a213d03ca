package org.scorecards.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scorecards.language.Language;
import org.scorecards.methodology.Band;
import org.scorecards.methodology.Methodology;
import org.scorecards.methodology.Pillar;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CountryStatus;
import org.scorecards.scoring.Standing;

/** Words everything {@code templates/summary.jrxml} prints about a cycle, in one of the publication languages. */
final class SummaryContent {

	private final CycleReport cycle;

	private final Formats words;

	private final Methodology methodology;

	private final List<Pillar> pillars;

	SummaryContent(CycleReport cycle, Language language) {
		this.cycle = cycle;
		this.words = Formats.of(language);
		this.methodology = cycle.methodology();
		this.pillars = methodology.pillars();
		if (pillars.size() != 4) {
			throw new IllegalArgumentException("The summary template has four pillar columns, but methodology "
					+ methodology.version() + " has " + pillars.size() + " pillars");
		}
	}

	Formats words() {
		return words;
	}

	/** The document title of the PDF's metadata. */
	String documentTitle() {
		return words.text("summary.document_title", words.text("summary.title"), cycle.year());
	}

	Map<String, Object> parameters() {
		String year = Integer.toString(cycle.year());
		String generatedOn = words.date(cycle.generatedOn());
		Map<String, Object> p = new HashMap<>();
		p.put("Kicker", words.text("summary.title").toUpperCase(words.locale()) + "  \u00b7  " + year);
		p.put("Heading", words.text("summary.heading", year));
		p.put("RunningHeader", words.text("summary.running_header", words.text("summary.title"), year));
		p.put("Synthetic", cycle.synthetic());
		p.put("SyntheticBanner", words.text("synthetic.banner"));
		p.put("Counts", counts());
		for (int i = 0; i < 4; i++) {
			p.put("Pillar" + (i + 1), words.terms().pillar(pillars.get(i)));
		}
		p.put("BandBars", bandBars());
		p.put("BandChartAlt", ChartAlt.describe(words, words.text("summary.bands"), bandBars()));
		p.put("Regions", regions());
		p.put("Ranking", ranking());
		p.put("CapNote", capNote());
		p.put("Unrated", unrated());
		p.put("ScoringNote", MethodologyNote.scoring(words, methodology));
		p.put("FooterMethodology", words.text("footer.methodology", methodology.version(), methodology.checksum()));
		p.put("FooterGenerated", words.text("summary.footer", year, generatedOn));
		return p;
	}

	String counts() {
		long low = count(CountryStatus.LOW_COVERAGE);
		long rated = count(CountryStatus.RATED) + low;
		long notRated = count(CountryStatus.NOT_RATED);
		long blocked = count(CountryStatus.BLOCKED);
		int n = cycle.countries().size();
		List<String> parts = new ArrayList<>();
		parts.add(low > 0 ? words.text("summary.counts.rated_low", words.whole(rated), words.whole(low),
				PillarContent.LOW_COVERAGE_MARK) : words.text("summary.counts.rated", words.whole(rated)));
		if (notRated > 0) {
			parts.add(words.text("summary.counts.not_rated", words.whole(notRated)));
		}
		parts.add(words.text("summary.counts.blocked", words.whole(blocked)));
		return words.text("summary.counts", words.text(n == 1 ? "summary.countries.one" : "summary.countries.other",
				words.whole(n)), words.list(parts));
	}

	/** One series per band, so that each bar gets its band's colour; every band appears, even when empty. */
	List<ChartBar> bandBars() {
		List<ChartBar> bars = new ArrayList<>();
		for (Band band : methodology.bands()) {
			long n = cycle.countries().stream().filter(c -> c.score().rated() && band.band().equals(c.score().band()))
				.count();
			bars.add(new ChartBar(band.band(), MethodologyNote.bandLabel(words, methodology, band.band()), n,
					words.whole(n)));
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
			return new RankingRow(rank, Display.likely(standing == null ? null : standing.interval()),
					c.country().name(), c.country().region(), words.score(s.overall()) + low, band,
					words.trend(standing == null ? null : standing.overallTrend()), pillar(s, 0), pillar(s, 1),
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
			return new RegionRow(region, words.text("count.of", words.whole(rated), words.whole(members)),
					words.score(averages.get(Standing.OVERALL)), words.score(averages.get(pillars.get(0).pillar())),
					words.score(averages.get(pillars.get(1).pillar())), words.score(averages.get(pillars.get(2).pillar())),
					words.score(averages.get(pillars.get(3).pillar())));
		}).toList();
	}

	List<UnratedRow> unrated() {
		return cycle.countries().stream().filter(c -> !c.score().rated()).map(c -> {
			boolean blocked = c.score().status() == CountryStatus.BLOCKED;
			return new UnratedRow(c.country().name(), c.country().region(),
					words.text(blocked ? "status.not_scored" : "status.not_rated"), UnratedReason.of(words, c.score()));
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
			notes.add("* " + words.text("summary.note.capped", MethodologyNote.capList(words, methodology)));
		}
		if (low) {
			notes.add(PillarContent.LOW_COVERAGE_MARK + " " + words.text("summary.note.low_coverage",
					words.percent(methodology.coverageThreshold()), methodology.notReportedScore() == null
							? words.text("headline.nothing") : words.plain(methodology.notReportedScore())));
		}
		if (cycle.countries().stream().anyMatch(c -> c.standing() != null && c.standing().interval() != null)) {
			notes.add(words.text("summary.note.likely", cycle.year()));
		}
		return notes.isEmpty() ? null : String.join(" ", notes);
	}

	private String pillar(CountryScore score, int index) {
		return score.pillar(pillars.get(index).pillar())
			.map(p -> p.rated() ? words.score(p.score()) + (p.lowCoverage() ? PillarContent.LOW_COVERAGE_MARK : "")
					: words.text("pillar_status.insufficient_data"))
			.orElse(Display.ABSENT);
	}

	private long count(CountryStatus status) {
		return cycle.countries().stream().filter(c -> c.score().status() == status).count();
	}
}
