package org.scorecards.cycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One partition of {@code scoreCountries}: checks one country ({@link CountryCheck}) and keeps the outcome in
 * the work area. A failure is recorded against the country; the others carry on.
 */
class ScoreCountryTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ScoreCountryTasklet.class);

	private final String iso3;

	private final CycleParameters parameters;

	private final CountryCheck check;

	ScoreCountryTasklet(String iso3, CycleParameters parameters, CountryCheck check) {
		this.iso3 = iso3;
		this.parameters = parameters;
		this.check = check;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		CountryOutcome outcome;
		try {
			outcome = check.check(iso3);
		}
		catch (RuntimeException ex) {
			log.error("{}: scoring failed", iso3, ex);
			outcome = check.failed(iso3, ex);
		}
		new WorkArea(parameters).save(outcome);
		contribution.incrementReadCount();
		return RepeatStatus.FINISHED;
	}
}
