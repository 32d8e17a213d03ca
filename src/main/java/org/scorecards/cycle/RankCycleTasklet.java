package org.scorecards.cycle;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.scorecards.Checksums;
import org.scorecards.methodology.Methodology;
import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CycleStandings;
import org.scorecards.scoring.OfficialFigure;
import org.scorecards.scoring.RankInterval;
import org.scorecards.scoring.RobustnessAnalysis;
import org.scorecards.scoring.RobustnessResult;
import org.scorecards.scoring.Standing;
import org.scorecards.scoring.Trend;

/**
 * Ranks, regional averages and trends over every country outcome of the year, and how sure each rank is (the
 * robustness analysis, saved beside the standings for the summary); on a one-country re-run, notes in the
 * job's context which other countries' documents changed with it.
 */
class RankCycleTasklet implements Tasklet {

	static final String AFFECTED = "affectedCountries";

	private final CycleParameters parameters;

	private final Methodology methodology;

	private final Progress progress;

	RankCycleTasklet(CycleParameters parameters, Methodology methodology, Progress progress) {
		this.parameters = parameters;
		this.methodology = methodology;
		this.progress = progress;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		WorkArea work = new WorkArea(parameters);
		List<CountryOutcome> outcomes = work.outcomes();
		Map<String, CountryScore> previous = new HashMap<>();
		Map<String, String> regionOf = new HashMap<>();
		for (CountryOutcome outcome : outcomes) {
			regionOf.put(outcome.country().iso3(), outcome.country().region());
			if (outcome.previous() != null) {
				previous.put(outcome.country().iso3(), outcome.previous());
			}
		}
		List<CountryScore> scores = outcomes.stream().map(CountryOutcome::score).toList();
		CycleStandings before = work.hasStandings() ? work.standings() : null;
		int draws = parameters.drawsOr(methodology.robustness().draws());
		long seed = parameters.seedOr(methodology.robustness().seed());
		String key = robustnessKey(scores, draws, seed);
		RobustnessResult robustness = work.robustness(key);
		if (robustness == null) {
			robustness = new RobustnessAnalysis(methodology).analyse(scores, draws, seed);
			work.save(robustness, key);
		}
		CycleStandings after = CycleStandings.compute(methodology, scores, previous, regionOf).withIntervals(robustness);
		work.save(after);
		if (parameters.country() != null) {
			Set<String> affected = affected(before, after, parameters.country());
			chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
				.putString(AFFECTED, String.join(",", affected));
			if (!affected.isEmpty()) {
				progress.note("  ranking   also re-rendering " + String.join(", ", affected)
						+ ": their rank or regional average changed");
			}
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * Everything the robustness analysis reads: the scores, the methodology, draws and seed, and the build that
	 * computes it. A one-country re-run that changed no score reuses the last result (10,000 draws of every
	 * rated country); {@code null}, reuse nothing, when the build cannot be identified.
	 */
	private String robustnessKey(List<CountryScore> scores, int draws, long seed) {
		if (BuildIdentity.VALUE == null) {
			return null;
		}
		try {
			String inputs = WorkArea.JSON.writeValueAsString(scores);
			return Checksums.sha256(String.join("\n", BuildIdentity.VALUE, methodology.checksum(), Integer.toString(draws),
					Long.toString(seed), inputs).getBytes(StandardCharsets.UTF_8));
		}
		catch (JsonProcessingException ex) {
			return null;
		}
	}

	/**
	 * Other countries whose documents show something that changed: rank, the N of "rank r of N", regional
	 * averages or trends, compared as printed (four decimals is finer than any document shows).
	 */
	static Set<String> affected(CycleStandings before, CycleStandings after, String rerun) {
		Set<String> affected = new TreeSet<>();
		after.standings().forEach((iso3, standing) -> {
			Standing old = before == null ? null : before.standings().get(iso3);
			if (!iso3.equals(rerun) && (old == null || !published(old).equals(published(standing)))) {
				affected.add(iso3);
			}
		});
		return affected;
	}

	/** The countries {@link #AFFECTED} lists in the job's context; none when it holds nothing. */
	static Set<String> affected(String list) {
		return list == null || list.isEmpty() ? Set.of() : Set.of(list.split(","));
	}

	private static String published(Standing standing) {
		StringBuilder key = new StringBuilder().append(standing.rank()).append('/').append(standing.ratedCount());
		key.append(' ').append(trend(standing.overallTrend()));
		standing.pillarTrends().forEach((pillar, trend) -> key.append(' ').append(pillar).append(trend(trend)));
		standing.regionalAverages().forEach((k, v) -> key.append(' ').append(k).append(fixed(v)));
		RankInterval interval = standing.interval();
		key.append(' ').append(interval == null ? "-" : interval.rankP05() + "-" + interval.rankP95());
		return key.toString();
	}

	private static String trend(Trend trend) {
		return trend == null ? "-" : trend.direction() + fixed(trend.change());
	}

	private static String fixed(BigDecimal value) {
		return value == null ? "-" : OfficialFigure.of(value).toPlainString();
	}
}
