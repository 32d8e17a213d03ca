package org.scorecards.cycle;

import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.scorecards.AtomicFiles;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.CycleReport;
import org.scorecards.scoring.CycleStandings;

/** What validation alone publishes: each country's validation workbook, the findings and intake tables. */
@Component
class PublishFindingsTasklet implements Tasklet {

	private final CycleResources resources;

	private final ReportAssembler assembler;

	private final CountryDocuments documents;

	PublishFindingsTasklet(CycleResources resources, ReportAssembler assembler, CountryDocuments documents) {
		this.resources = resources;
		this.assembler = assembler;
		this.documents = documents;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		CycleParameters parameters = CycleParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
		WorkArea work = new WorkArea(parameters);
		// The tables cover every country validated so far this year; the workbooks only those validated now.
		CycleReport cycle = assembler.cycle(parameters, work.outcomes(), new CycleStandings(Map.of(), Map.of()));
		for (CountryReport report : cycle.countries()) {
			if (parameters.country() == null || report.country().iso3().equals(parameters.country())) {
				documents.validation(parameters, report);
				contribution.incrementWriteCount(1);
			}
		}
		var cycleFindings = PublishSummaryTasklet.unknownFolders(parameters, resources.reference(parameters), resources.catalogue());
		AtomicFiles.write(work.summaryFile("findings", "csv"), out -> SummaryTables.findings(cycle, cycleFindings, out));
		AtomicFiles.write(work.summaryFile("intake", "csv"), out -> SummaryTables.intake(cycle, out));
		contribution.incrementWriteCount(2);
		return RepeatStatus.FINISHED;
	}
}
