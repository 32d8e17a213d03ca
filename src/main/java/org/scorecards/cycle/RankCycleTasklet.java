package org.scorecards.cycle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.scorecards.scoring.CountryScore;
import org.scorecards.scoring.CycleStandings;

/** Ranks, regional averages and trends over every country outcome of the year. */
@Component
class RankCycleTasklet implements Tasklet {

	private final CycleResources resources;

	RankCycleTasklet(CycleResources resources) {
		this.resources = resources;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		CycleParameters parameters = CycleParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
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
		work.save(CycleStandings.compute(resources.methodology(parameters), scores, previous, regionOf));
		return RepeatStatus.FINISHED;
	}
}
