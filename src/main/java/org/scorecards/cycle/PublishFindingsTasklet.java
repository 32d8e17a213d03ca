package org.scorecards.cycle;

import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.scorecards.AtomicFiles;
import org.scorecards.reference.ReferenceData;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.CycleReport;
import org.scorecards.scoring.CycleStandings;
import org.scorecards.validation.RuleCatalogue;

/** What validation alone publishes: each country's validation workbook, the findings and intake tables. */
class PublishFindingsTasklet implements Tasklet {

	private final CycleParameters parameters;

	private final ReportAssembler assembler;

	private final ReferenceData reference;

	private final RuleCatalogue catalogue;

	private final CountryDocuments documents;

	PublishFindingsTasklet(CycleParameters parameters, ReportAssembler assembler, ReferenceData reference,
			RuleCatalogue catalogue, CountryDocuments documents) {
		this.parameters = parameters;
		this.assembler = assembler;
		this.reference = reference;
		this.catalogue = catalogue;
		this.documents = documents;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		WorkArea work = new WorkArea(parameters);
		// The tables cover every country validated so far this year; the workbooks only those validated now.
		CycleReport cycle = assembler.cycle(work.outcomes(), new CycleStandings(Map.of(), Map.of()));
		for (CountryReport report : cycle.countries()) {
			if (parameters.country() == null || report.country().iso3().equals(parameters.country())) {
				documents.validation(report);
				contribution.incrementWriteCount(1);
			}
		}
		var cycleFindings = PublishSummaryTasklet.unknownFolders(parameters, reference, catalogue);
		AtomicFiles.write(work.feedbackFile("findings", "csv"), out -> SummaryTables.findings(cycle, cycleFindings, out));
		AtomicFiles.write(work.feedbackFile("intake", "csv"), out -> SummaryTables.intake(cycle, out));
		contribution.incrementWriteCount(2);
		return RepeatStatus.FINISHED;
	}
}
