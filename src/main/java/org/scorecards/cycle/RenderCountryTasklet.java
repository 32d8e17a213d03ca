package org.scorecards.cycle;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.scorecards.rendering.CountryReport;
import org.scorecards.scoring.CountryStatus;

/**
 * Writes one country's documents: the validation workbook always, the scorecard and annex unless the
 * country is blocked (there is nothing scored to publish).
 */
@Component
class RenderCountryTasklet implements Tasklet {

	private final ReportAssembler assembler;

	private final CountryDocuments documents;

	RenderCountryTasklet(ReportAssembler assembler, CountryDocuments documents) {
		this.assembler = assembler;
		this.documents = documents;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var stepExecution = chunkContext.getStepContext().getStepExecution();
		CycleParameters parameters = CycleParameters.from(stepExecution.getJobParameters());
		String iso3 = stepExecution.getExecutionContext().getString(CountryPartitioner.ISO3);
		WorkArea work = new WorkArea(parameters);
		CountryReport report = assembler.country(parameters, work.outcome(iso3), work.standings());
		documents.validation(parameters, report);
		contribution.incrementWriteCount(1);
		if (report.score().status() != CountryStatus.BLOCKED) {
			documents.scorecard(parameters, report);
			documents.annex(parameters, report);
			contribution.incrementWriteCount(2);
		}
		return RepeatStatus.FINISHED;
	}
}
