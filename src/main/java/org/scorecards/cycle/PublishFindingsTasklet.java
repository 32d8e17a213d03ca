package org.scorecards.cycle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import org.scorecards.AtomicFiles;
import org.scorecards.rendering.CountryReport;
import org.scorecards.rendering.CycleReport;
import org.scorecards.rendering.ValidationWorkbook;
import org.scorecards.scoring.CycleStandings;

/** What validation alone publishes: each country's validation workbook, the findings and intake tables. */
@Component
class PublishFindingsTasklet implements Tasklet {

	private final CycleResources resources;

	private final ReportAssembler assembler;

	PublishFindingsTasklet(CycleResources resources, ReportAssembler assembler) {
		this.resources = resources;
		this.assembler = assembler;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		CycleParameters parameters = CycleParameters.from(chunkContext.getStepContext().getStepExecution().getJobParameters());
		WorkArea work = new WorkArea(parameters);
		List<CountryOutcome> outcomes = work.outcomes().stream()
			.filter(o -> parameters.country() == null || o.country().iso3().equals(parameters.country()))
			.toList();
		CycleReport cycle = assembler.cycle(parameters, outcomes, new CycleStandings(Map.of(), Map.of()));
		for (CountryReport report : cycle.countries()) {
			String iso3 = report.country().iso3();
			Path submitted = parameters.input().resolve(Integer.toString(parameters.year())).resolve(iso3).resolve("indicators.xlsx");
			AtomicFiles.writeWorkbook(work.countryFile(iso3, "validation", "xlsx"), parameters.asOf(),
					out -> new ValidationWorkbook().write(report, submitted.toFile().isFile() ? submitted : null, out));
			contribution.incrementWriteCount(1);
		}
		var cycleFindings = PublishSummaryTasklet.unknownFolders(parameters, resources.reference(parameters), resources.catalogue());
		AtomicFiles.write(work.summaryFile("findings", "csv"), out -> SummaryTables.findings(cycle, cycleFindings, out));
		AtomicFiles.write(work.summaryFile("intake", "csv"), out -> SummaryTables.intake(cycle, out));
		contribution.incrementWriteCount(2);
		return RepeatStatus.FINISHED;
	}
}
